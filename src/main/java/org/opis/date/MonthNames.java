package org.opis.date;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The names of the months as the archives of Europe and the former Soviet bloc write them:
 * English, Russian, Ukrainian, German, French, Polish and Czech, full and abbreviated, in every
 * grammatical case a date puts them in ("ноябрь 1920", "16 ноября", "в ноябре"), and the Roman
 * numerals of "16.XI.1920".
 *
 * <p>There is no guessing at misspellings: "Febuary" is not a month, so a typing error is
 * reported to the archivist instead of being read as something they may not have meant.
 */
final class MonthNames {
  private static final Map<String, Integer> MONTHS = new HashMap<>();

  static {
    add(1, "january jan январь января январе янв січень січня januar jänner janvier janv"
        + " styczeń stycznia leden ledna i");
    add(2, "february feb февраль февраля феврале фев февр лютий лютого februar feber février"
        + " fevrier févr fevr luty lutego únor února ii");
    add(3, "march mar март марта марте березень березня märz maerz mär mrz mars marzec marca"
        + " březen března iii");
    add(4, "april apr апрель апреля апреле апр квітень квітня avril avr kwiecień kwietnia"
        + " duben dubna iv");
    add(5, "may май мая мае травень травня mai maj maja květen května v");
    add(6, "june jun июнь июня июне червень червня juni juin czerwiec czerwca červen června vi");
    add(7, "july jul июль июля июле липень липня juli juillet juil lipiec lipca červenec"
        + " července vii");
    add(8, "august aug август августа августе авг серпень серпня août aout sierpień sierpnia"
        + " srpen srpna viii");
    add(9, "september sep sept сентябрь сентября сентябре сен сент вересень вересня septembre"
        + " wrzesień września září ix");
    add(10, "october oct октябрь октября октябре окт жовтень жовтня oktober okt octobre"
        + " październik października říjen října x");
    add(11, "november nov ноябрь ноября ноябре ноя нояб листопад листопада novembre listopad"
        + " listopada listopadu xi");
    add(12, "december dec декабрь декабря декабре дек грудень грудня dezember dez décembre"
        + " decembre déc grudzień grudnia prosinec prosince xii");
  }

  private MonthNames() {}

  /**
   * The month (1 to 12) a word names, or empty when it names none.
   *
   * @param word the word in lower case, without the full stop of an abbreviation
   */
  static OptionalInt month(String word) {
    Integer month = MONTHS.get(word);
    return month == null ? OptionalInt.empty() : OptionalInt.of(month);
  }

  private static void add(int month, String names) {
    for (String name : names.split(" ")) {
      Integer before = MONTHS.put(name, month);
      if (before != null && before != month) {
        throw new IllegalStateException(name + " names months " + before + " and " + month);
      }
    }
  }
}

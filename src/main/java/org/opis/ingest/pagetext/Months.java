package org.opis.ingest.pagetext;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Month names as pages and documents write them: English in full and abbreviated ("Sept."),
 * and Russian in the nominative and the genitive of datelines ("16 ноября").
 */
final class Months {
  private static final Map<String, Integer> NUMBERS = new HashMap<>();

  static {
    String[][] names = {
        {"january", "jan", "январь", "января", "янв"},
        {"february", "feb", "февраль", "февраля", "фев"},
        {"march", "mar", "март", "марта"},
        {"april", "apr", "апрель", "апреля", "апр"},
        {"may", "май", "мая"},
        {"june", "jun", "июнь", "июня"},
        {"july", "jul", "июль", "июля"},
        {"august", "aug", "август", "августа", "авг"},
        {"september", "sep", "sept", "сентябрь", "сентября", "сент"},
        {"october", "oct", "октябрь", "октября", "окт"},
        {"november", "nov", "ноябрь", "ноября", "нояб"},
        {"december", "dec", "декабрь", "декабря", "дек"}
    };
    for (int month = 0; month < names.length; month++) {
      for (String name : names[month]) {
        NUMBERS.put(name, month + 1);
      }
    }
  }

  /** A pattern matching any month name, for building larger patterns; match case-insensitively. */
  static final String ANY = "(?:" + String.join("|", NUMBERS.keySet().stream()
      .sorted((a, b) -> b.length() - a.length()).toList()) + ")\\.?";

  private Months() {}

  /** The number of the month a word names, with or without a closing full stop. */
  static Optional<Integer> number(String word) {
    String key = word.toLowerCase(Locale.ROOT);
    if (key.endsWith(".")) {
      key = key.substring(0, key.length() - 1);
    }
    return Optional.ofNullable(NUMBERS.get(key));
  }
}

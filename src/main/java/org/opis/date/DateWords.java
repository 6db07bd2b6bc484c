package org.opis.date;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opis.date.DateOrder.Named;
import org.opis.date.DateOrder.Number;
import org.opis.date.DateOrder.Part;
import org.opis.date.DateOrder.Token;
import org.opis.date.WrittenDate.DecadePart;

/**
 * The reading of one date written in words and numbers, in any of the orders archives use:
 * "16 November 1920", "November 16, 1920", "1920 November 16", "16.11.1920", "16.XI.1920",
 * "Monday, 16th of November 1920", "16 ноября 1920 г.", "1920s", "1920-е гг.", "early 1920s".
 *
 * <p>The text is cut into numbers and words. Words must be month names, weekdays (ignored: a
 * wrong weekday is a matter for the editor, not a reason to refuse the date) or the small words
 * around dates ("of", "den", "г."); any other word makes the text unreadable. Numbers of one or
 * two digits are days (or months, between full stops), of three or four digits years.
 */
final class DateWords {
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");
  private static final Set<String> WEEKDAYS = Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
      "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "понедельник", "вторник",
      "среда", "четверг", "пятница", "суббота", "воскресенье", "montag", "dienstag", "mittwoch",
      "donnerstag", "freitag", "samstag", "sonnabend", "sonntag", "lundi", "mardi", "mercredi",
      "jeudi", "vendredi", "samedi", "dimanche");
  private static final Set<String> SMALL_WORDS = Set.of(
      "in", "on", "of", "the", "im", "am", "den", "der", "en", "le", "les", "в", "г", "гг", "год",
      "года", "году", "годы", "годов", "годах", "r", "rok", "roku", "jahre", "jahren", "jahres");
  private static final Set<String> ORDINALS = Set.of(
      "st", "nd", "rd", "th", "er", "re", "e", "ème", "eme", "-го", "-е", "-ое", "-ого", "-й");
  private static final Set<String> DECADES = Set.of(
      "s", "'s", "er", "-е", "-х", "-ые", "-ых", "-ies");
  private static final Set<String> DECADE_WORDS = Set.of("années", "annees");
  private static final Map<String, DecadePart> PARTS = Map.of(
      "early", DecadePart.EARLY, "mid", DecadePart.MID, "middle", DecadePart.MID,
      "late", DecadePart.LATE, "начало", DecadePart.EARLY, "середина", DecadePart.MID,
      "конец", DecadePart.LATE, "anfang", DecadePart.EARLY, "mitte", DecadePart.MID,
      "ende", DecadePart.LATE);

  private DateWords() {}

  static Optional<WrittenDate> read(String text, DateText source) {
    Qualifier qualifier = Qualifier.of(text);
    String rest = qualifier.rest();
    Matcher iso = ISO.matcher(rest);
    if (iso.matches()) {
      int year = Integer.parseInt(iso.group(1));
      int month = Integer.parseInt(iso.group(2));
      if (month < 1 || month > 12) {
        // "1920-22" is more likely a range of years written short than a month that is not
        int endYear = year - year % 100 + month;
        throw iso.group(3) == null && endYear > year
            ? source.noSuchMonthButYears(month, year + "-" + endYear)
            : source.noSuchMonth(month);
      }
      int day = iso.group(3) == null ? 0 : Integer.parseInt(iso.group(3));
      if (iso.group(3) != null && day == 0) {
        return Optional.empty();
      }
      return Optional.of(new WrittenDate(
          year, month, day, Optional.empty(), qualifier));
    }
    return tokens(rest, qualifier, source);
  }

  private static Optional<WrittenDate> tokens(String s, Qualifier qualifier, DateText source) {
    List<Token> tokens = new ArrayList<>();
    boolean decade = false;
    boolean decadeWord = false;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == ' ' || c == ',') {
        i++;
      } else if (c >= '0' && c <= '9') {
        int start = i;
        while (i < s.length() && isDigit(s.charAt(i))) {
          i++;
        }
        if (i - start > 4) {
          return Optional.empty();
        }
        int value = Integer.parseInt(s.substring(start, i));
        int digits = i - start;
        int end = suffixEnd(s, i);
        String suffix = s.substring(i, end);
        i = end;
        boolean stop = i < s.length() && s.charAt(i) == '.';
        if (stop) {
          i++;
        }
        if (!suffix.isEmpty()) {
          boolean ordinal = digits <= 2 && ORDINALS.contains(suffix);
          boolean decadeSuffix = digits >= 3 && DECADES.contains(suffix);
          if (!ordinal && !decadeSuffix) {
            return Optional.empty();
          }
          decade |= decadeSuffix;
        }
        tokens.add(new Number(value, digits, stop));
      } else if (Character.isLetter(c)) {
        int start = i;
        while (i < s.length() && Character.isLetter(s.charAt(i))) {
          i++;
        }
        String word = s.substring(start, i);
        boolean partHyphen = PARTS.containsKey(word) && i < s.length() && s.charAt(i) == '-';
        if (partHyphen || i < s.length() && s.charAt(i) == '.') {
          i++;
        }
        OptionalInt month = MonthNames.month(word);
        if (month.isPresent()) {
          tokens.add(new Named(month.getAsInt()));
        } else if (PARTS.containsKey(word) && tokens.isEmpty()) {
          tokens.add(new Part(PARTS.get(word)));
        } else if (DECADE_WORDS.contains(word)) {
          decadeWord = true;
        } else if (!WEEKDAYS.contains(word) && !SMALL_WORDS.contains(word)) {
          return Optional.empty();
        }
      } else {
        return Optional.empty();
      }
    }
    return DateOrder.of(tokens, decade || decadeWord, qualifier, source);
  }

  /** Where the letters after a number end: "th" of "16th", "-го" of "16-го", "'s" of "1920's". */
  private static int suffixEnd(String s, int i) {
    int j = i;
    if (j + 1 < s.length() && (s.charAt(j) == '-' || s.charAt(j) == '\'')
        && Character.isLetter(s.charAt(j + 1))) {
      j++;
    }
    int letters = j;
    while (j < s.length() && Character.isLetter(s.charAt(j))) {
      j++;
    }
    return j == letters ? i : j;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}

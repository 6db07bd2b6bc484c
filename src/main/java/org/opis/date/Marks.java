package org.opis.date;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is written around a date rather than in it: the editor's square brackets ("[1920]", a
 * date the document does not give), the calendar ("O.S.", "(Old Style)", "ст. ст.", "N.S.")
 * a time of day ("16 November 1920, 17:05", "noon"), which a document date does not keep, and
 * the dash printed for a day left blank ("July —, 1877").
 *
 * @param rest the date itself, in lower case, with every dash written "-", runs of white space
 *     as one space, and a dash with a space on either side as " - "
 * @param inferred true when any part of the date is in square brackets
 * @param calendar the calendar the text names, if it names one
 */
record Marks(String rest, boolean inferred, Optional<Calendar> calendar) {
  private static final String NO_LETTER_BEFORE = "(?<!\\p{L})";
  private static final String NO_LETTER_AFTER = "(?!\\p{L})";
  private static final Pattern OLD_STYLE = Pattern.compile(NO_LETTER_BEFORE
      + "(?:o\\. ?s\\.?|old style|по ст\\. ?ст\\.?|ст\\. ?ст\\.?|по старому стилю|старого стиля"
      + "|alten stils|ancien style|vieux style)" + NO_LETTER_AFTER);
  private static final Pattern NEW_STYLE = Pattern.compile(NO_LETTER_BEFORE
      + "(?:n\\. ?s\\.?|new style|по нов\\. ?ст\\.?|нов\\. ?ст\\.?|н\\. ?ст\\.?|по новому стилю"
      + "|нового стиля|neuen stils|nouveau style)" + NO_LETTER_AFTER);
  private static final Pattern TIME = Pattern.compile(
      "(?<![\\d.:])(?:at )?\\d{1,2}:\\d{2}(?::\\d{2})?(?: ?[ap]\\.?m\\.?)?(?![\\d:])");
  private static final Pattern ISO_TIME = Pattern.compile(
      "(?<=\\d)t\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:z|[+-]\\d{2}(?::?\\d{2})?)?(?![\\d:])");
  private static final Pattern TIME_WORDS = Pattern.compile(
      NO_LETTER_BEFORE + "(?:noon|midnight|midday)" + NO_LETTER_AFTER);
  /** The printed dash that stands for a day left blank: "July —, 1877". */
  private static final Pattern BLANK_DAY = Pattern.compile("(?<=\\p{L}\\.?) ?-+(?=,)");
  private static final Pattern DASHES =
      Pattern.compile("[\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]");
  private static final Pattern EMPTY_PARENTHESES = Pattern.compile("\\( *\\)");
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
  private static final Pattern SPACED_DASH = Pattern.compile(" - ?|- ");
  private static final Pattern MID = Pattern.compile(NO_LETTER_BEFORE + "mid-");

  /** Reads the marks off a date; empty when its square brackets do not pair up. */
  static Optional<Marks> read(String text) {
    String s = text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
    s = DASHES.matcher(s).replaceAll("-");
    s = SPACES.matcher(s).replaceAll(" ");
    Optional<Calendar> calendar = Optional.empty();
    Matcher old = OLD_STYLE.matcher(s);
    if (old.find()) {
      calendar = Optional.of(Calendar.JULIAN);
      s = old.replaceAll(" ");
    }
    Matcher gregorian = NEW_STYLE.matcher(s);
    if (gregorian.find()) {
      calendar = calendar.or(() -> Optional.of(Calendar.GREGORIAN));
      s = gregorian.replaceAll(" ");
    }
    s = ISO_TIME.matcher(s).replaceAll("");
    s = TIME.matcher(s).replaceAll(" ");
    s = TIME_WORDS.matcher(s).replaceAll(" ");
    boolean inferred = s.indexOf('[') >= 0 || s.indexOf(']') >= 0;
    if (inferred) {
      if (!paired(s)) {
        return Optional.empty();
      }
      s = s.replace("[", " ").replace("]", " ");
    }
    s = EMPTY_PARENTHESES.matcher(s).replaceAll(" ");
    s = SPACES.matcher(s).replaceAll(" ").strip();
    s = BLANK_DAY.matcher(s).replaceAll("");
    s = SPACED_DASH.matcher(s).replaceAll(" - ");
    s = MID.matcher(s).replaceAll("mid ");
    s = trimCommas(s);
    return Optional.of(new Marks(s, inferred, calendar));
  }

  private static boolean paired(String s) {
    int open = 0;
    for (int i = 0; i < s.length(); i++) {
      open += s.charAt(i) == '[' ? 1 : s.charAt(i) == ']' ? -1 : 0;
      if (open < 0 || open > 1) {
        return false;
      }
    }
    return open == 0;
  }

  /** Drops the commas and spaces a removed time or calendar mark leaves at either end. */
  private static String trimCommas(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && (s.charAt(start) == ',' || s.charAt(start) == ' ')) {
      start++;
    }
    while (end > start && (s.charAt(end - 1) == ',' || s.charAt(end - 1) == ' ')) {
      end--;
    }
    return s.substring(start, end);
  }
}

package org.opis.reference;

import java.util.regex.Pattern;

/**
 * Folio numbers as archives write them: "0001-0003", "5-7 ob.", "12, 14-15", "23v", "л. 3 об.".
 * Leading zeros are dropped ("0001-0003" is "1-3"), because a folio is a count, while the
 * numbers of fonds keep theirs ("f. 0100").
 */
final class Folios {
  // One folio, with the verso or recto written after it: "5", "5ob.", "5 об.", "23v".
  private static final String ONE = "\\d{1,6}(?:\\s?(?:ob|об|v|r)\\.?(?!\\p{L}))?";
  private static final String RANGE = ONE + "(?:\\s?[-–—]\\s?" + ONE + ")?";
  /** A list of folios and ranges, as long as it goes. */
  static final Pattern LIST = Pattern.compile(RANGE + "(?:\\s?,\\s?" + RANGE + ")*");
  private static final Pattern LEADING_ZEROS = Pattern.compile("(?<!\\d)0+(?=\\d)");

  private Folios() {}

  /** The folios as written, without leading zeros. */
  static String value(String written) {
    return LEADING_ZEROS.matcher(written.strip()).replaceAll("");
  }

  /** Whether the folios are more than one: a range or a list. */
  static boolean several(String written) {
    return written.indexOf('-') >= 0 || written.indexOf('–') >= 0 || written.indexOf('—') >= 0
        || written.indexOf(',') >= 0;
  }
}

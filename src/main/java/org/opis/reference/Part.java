package org.opis.reference;

import java.util.ArrayList;
import java.util.List;

/**
 * One comma-separated part of a reference ("RG 59", "Box 733", "Folder 'Iran, 1953'"), located
 * in the text as written; with the small text operations the readers of references share.
 *
 * @param start offset of the part's first character, spaces trimmed
 * @param end offset just after its last character
 * @param text the part as written, trimmed
 */
record Part(int start, int end, String text) {
  private static final String TRIMMED = ",;:.–—- \t\n\r\u00a0";

  /**
   * The parts of {@code s} between commas and semicolons, but not those inside quotation marks
   * or parentheses ("Folder 'Iran, 1953'" is one part); empty parts are dropped.
   */
  static List<Part> split(String s) {
    List<Part> parts = new ArrayList<>();
    int depth = 0;
    char quote = 0;
    int from = 0;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ',';
      if (quote != 0) {
        quote = closes(quote, c, s, i) ? 0 : quote;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      } else if (opensQuote(c, s, i)) {
        quote = c;
      } else if ((c == ',' || c == ';') && (depth == 0 || i == s.length())) {
        add(parts, s, from, i);
        from = i + 1;
      }
    }
    if (quote != 0 && from < s.length()) {
      add(parts, s, from, s.length());
    }
    return parts;
  }

  /** The text before {@code end}, without the commas, dots and spaces that led to what follows. */
  static String before(String s, int end) {
    return trim(s.substring(0, end));
  }

  /** {@code s} without separating punctuation and spaces at either end; parentheses stay. */
  static String trim(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && TRIMMED.indexOf(s.charAt(a)) >= 0) {
      a++;
    }
    while (b > a && TRIMMED.indexOf(s.charAt(b - 1)) >= 0) {
      b--;
    }
    return s.substring(a, b);
  }

  /**
   * {@code s} up to the end of its first sentence: a full stop followed by a space and a capital,
   * after a number or a word of two lower-case letters or more ("103.93/644. Secret." gives
   * "103.93/644"), so that "U.S. Embassy" and "Dept. of State" are not cut.
   */
  static String firstSentence(String s) {
    for (int i = 1; i + 2 < s.length(); i++) {
      if (s.charAt(i) == '.' && Character.isWhitespace(s.charAt(i + 1))
          && Character.isUpperCase(s.charAt(i + 2)) && endsSentence(s, i)) {
        return s.substring(0, i);
      }
    }
    return s;
  }

  /** {@code value} without the quotation marks around it, if it has them. */
  static String unquoted(String value) {
    return quoted(value) ? value.substring(1, value.length() - 1).strip() : value;
  }

  static boolean quoted(String value) {
    String quotes = "'\"‘’“”«»";
    return value.length() >= 2 && quotes.indexOf(value.charAt(0)) >= 0
        && quotes.indexOf(value.charAt(value.length() - 1)) >= 0;
  }

  /**
   * Whether {@code value} reads as the title of a folder or file: words, numbers and the
   * punctuation of titles, not stray symbols, and not too long.
   */
  static boolean plain(String value) {
    if (value.isEmpty() || value.length() > 120) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != ' ' && ".,-–/&'’():#".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean endsSentence(String s, int dot) {
    char last = s.charAt(dot - 1);
    if (Character.isDigit(last) || last == '\'' || last == '’' || last == '"' || last == '”') {
      return true;
    }
    int lower = 0;
    for (int i = dot - 1; i >= 0 && Character.isLetter(s.charAt(i)); i--) {
      if (!Character.isLowerCase(s.charAt(i))) {
        return false;
      }
      lower++;
    }
    return lower >= 2 && !List.of("no", "nos", "vol", "vols", "ed", "eds", "st", "dept", "cf")
        .contains(s.substring(dot - lower, dot));
  }

  private static boolean opensQuote(char c, String s, int i) {
    boolean atStart = i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1));
    return c == '“' || c == '‘' || c == '«' || ((c == '"' || c == '\'') && atStart);
  }

  private static boolean closes(char quote, char c, String s, int i) {
    return switch (quote) {
      case '“' -> c == '”';
      case '‘' -> c == '’';
      case '«' -> c == '»';
      default -> c == quote && (i + 1 == s.length() || !Character.isLetterOrDigit(s.charAt(i + 1)));
    };
  }

  private static void add(List<Part> parts, String s, int from, int to) {
    int a = from;
    int b = to;
    while (a < b && Character.isWhitespace(s.charAt(a))) {
      a++;
    }
    while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
      b--;
    }
    if (a < b) {
      parts.add(new Part(a, b, s.substring(a, b)));
    }
  }
}

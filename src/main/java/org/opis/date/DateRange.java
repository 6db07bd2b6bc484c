package org.opis.date;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two dates written as one stretch of time: "16-18 November 1920", "November 16 - December 2,
 * 1920", "1920-1922", "between 1920 and 1922", "с 16 по 18 ноября 1920", "1920-11-16/1920-11-18".
 * The start borrows what it leaves out from the end ("16" in "16-18 November 1920" is in
 * November 1920) and the end from the start ("18" in "November 16-18, 1920").
 */
final class DateRange {
  private static final Pattern PAIRED = Pattern.compile(
      "(?:between|from|zwischen|von|vom|entre|du|de|между|с|со|от) (.+?)"
          + " (?:and|to|till|until|through|und|bis|et|au|à|и|по|до) (.+)");
  private static final Pattern JOINED = Pattern.compile(
      "(.+?) (?:to|till|until|through|thru|bis|au|à|по|до) (.+)");
  private static final Pattern ISO = Pattern.compile("\\d{4}(?:-\\d{2}){0,2}");

  private DateRange() {}

  /**
   * The interval a range spans, or empty when the text is not a range.
   *
   * @throws org.opis.problem.InvalidInputException when it ends before it begins, or either end
   *     names a day that does not exist
   */
  static Optional<Span> read(String s, Calendar calendar, Qualifier whole, DateText source) {
    Optional<String[]> ends = ends(s);
    if (ends.isEmpty()) {
      return Optional.empty();
    }
    Optional<WrittenDate> start = WrittenDate.read(ends.get()[0], source);
    Optional<WrittenDate> end = WrittenDate.read(ends.get()[1], source);
    if (start.isEmpty() || end.isEmpty() || end.get().year() == 0) {
      return Optional.empty();
    }
    WrittenDate last = end.get().completedFrom(start.get());
    WrittenDate first = start.get().completedBy(last);
    if (!first.isComplete() || !last.isComplete()) {
      return Optional.empty();
    }
    Span from = first.qualified(whole).span(calendar, source);
    Span to = last.qualified(whole).span(calendar, source);
    return Optional.of(from.through(to, source));
  }

  /** True when the text is an ISO 8601 interval, "1920-11-16/1920-11-18" or "1920/1922". */
  static boolean isIsoInterval(String s) {
    int slash = s.indexOf('/');
    return slash > 0 && ISO.matcher(s.substring(0, slash).strip()).matches();
  }

  private static Optional<String[]> ends(String s) {
    if (isIsoInterval(s)) {
      return split(s, s.indexOf('/'), 1);
    }
    for (Pattern words : new Pattern[] {PAIRED, JOINED}) {
      Matcher m = words.matcher(s);
      if (m.matches()) {
        return Optional.of(new String[] {m.group(1), m.group(2)});
      }
    }
    int spaced = s.indexOf(" - ");
    if (spaced >= 0) {
      return s.indexOf(" - ", spaced + 1) < 0 ? split(s, spaced, 3) : Optional.empty();
    }
    int dash = -1;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '-' && !isSuffix(s, i)) {
        if (dash >= 0) {
          return Optional.empty();
        }
        dash = i;
      }
    }
    return dash < 0 ? Optional.empty() : split(s, dash, 1);
  }

  /** True for the hyphen of "16-го" or "1920-е", which joins a number to its ending. */
  private static boolean isSuffix(String s, int dash) {
    return dash > 0 && dash + 1 < s.length() && Character.isDigit(s.charAt(dash - 1))
        && Character.isLetter(s.charAt(dash + 1));
  }

  private static Optional<String[]> split(String s, int at, int width) {
    return Optional.of(new String[] {s.substring(0, at), s.substring(at + width)});
  }
}

package org.opis.date;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A day written in both calendars, as Russian documents did around the change of 1918: "25
 * October (7 November) 1917", "4/17 November 1917", "20 December 1917 (2 January 1918)". The
 * Old Style day comes first and borrows what it leaves out from the New Style one.
 *
 * <p>The two days must be the same day: "4/18 November 1917" is refused, because 4 November
 * 1917 Old Style is 17 November. The check catches a misread digit, and a slash that was never
 * meant as a dual date. A dual date written New Style first is read the same way.
 */
final class DualDate {
  private DualDate() {}

  /**
   * The Gregorian day of a dual date, or empty when the text is not written as one.
   *
   * @throws org.opis.problem.InvalidInputException when both halves are days but not the same
   */
  static Optional<Span> read(String s, DateText source) {
    Optional<String[]> halves = halves(s);
    if (halves.isEmpty()) {
      return Optional.empty();
    }
    Optional<WrittenDate> first = WrittenDate.read(halves.get()[0], source);
    Optional<WrittenDate> second = WrittenDate.read(halves.get()[1], source);
    if (first.isEmpty() || second.isEmpty() || !isDay(second.get())) {
      return Optional.empty();
    }
    WrittenDate later = second.get();
    WrittenDate earlier = first.get();
    if (earlier.month() == 0 && earlier.day() > later.day()) {
      // "19/1 February 1918": the Old Style day is still in the month before
      boolean january = later.month() == 1;
      earlier = new WrittenDate(january ? later.year() - 1 : earlier.year(),
          january ? 12 : later.month() - 1, earlier.day(), earlier.decade(), earlier.qualifier());
    }
    earlier = earlier.completedBy(later);
    if (!isDay(earlier)) {
      return Optional.empty();
    }
    Optional<LocalDate> oldStyleFirst = earlier.gregorianDay(Calendar.JULIAN);
    if (oldStyleFirst.isPresent() && oldStyleFirst.equals(later.gregorianDay(Calendar.GREGORIAN))) {
      return Optional.of(later.span(Calendar.GREGORIAN, source));
    }
    Optional<LocalDate> newStyleFirst = later.gregorianDay(Calendar.JULIAN);
    if (newStyleFirst.isPresent()
        && newStyleFirst.equals(earlier.gregorianDay(Calendar.GREGORIAN))) {
      return Optional.of(earlier.span(Calendar.GREGORIAN, source));
    }
    LocalDate gregorian = earlier.span(Calendar.JULIAN, source).earliest();
    throw source.notDual(earlier.day(), earlier.month(), earlier.year(), gregorian);
  }

  private static boolean isDay(WrittenDate date) {
    return date.isComplete() && date.day() != 0 && date.decade().isEmpty();
  }

  /** The two halves of "a (b) c" as "a c" and "b c", or of "a/b" as "a" and "b". */
  private static Optional<String[]> halves(String s) {
    int open = s.indexOf('(');
    int close = s.indexOf(')');
    int slash = s.indexOf('/');
    if (open >= 0 && close > open && s.indexOf('(', open + 1) < 0 && s.indexOf(')', close + 1) < 0
        && slash < 0) {
      String after = s.substring(close + 1);
      return Optional.of(new String[] {
          s.substring(0, open) + " " + after, s.substring(open + 1, close) + " " + after});
    }
    if (slash >= 0 && s.indexOf('/', slash + 1) < 0 && open < 0 && close < 0) {
      return Optional.of(new String[] {s.substring(0, slash), s.substring(slash + 1)});
    }
    return Optional.empty();
  }
}

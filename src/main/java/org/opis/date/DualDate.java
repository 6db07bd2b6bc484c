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
    WrittenDate newStyle = second.get();
    WrittenDate oldStyle = first.get();
    if (oldStyle.month() == 0 && oldStyle.day() > newStyle.day()) {
      // "19/1 February 1918": the Old Style day is still in the month before
      int month = newStyle.month() == 1 ? 12 : newStyle.month() - 1;
      int year = newStyle.month() == 1 ? newStyle.year() - 1 : oldStyle.year();
      oldStyle = new WrittenDate(year, month, oldStyle.day(), oldStyle.decade(), oldStyle.qualifier());
    }
    oldStyle = oldStyle.completedBy(newStyle);
    if (!isDay(oldStyle)) {
      return Optional.empty();
    }
    Span gregorian = newStyle.span(Calendar.GREGORIAN, source);
    Span julian = oldStyle.span(Calendar.JULIAN, source);
    if (julian.earliest().equals(gregorian.earliest())) {
      return Optional.of(gregorian);
    }
    if (isNewStyleOf(oldStyle, newStyle)) {
      return Optional.of(oldStyle.span(Calendar.GREGORIAN, source));
    }
    throw source.notDual(oldStyle.day(), oldStyle.month(), oldStyle.year(), julian.earliest());
  }

  /** True when the first half is the New Style day of the second, as in "7 November (25 October) 1917". */
  private static boolean isNewStyleOf(WrittenDate first, WrittenDate second) {
    LocalDate day = JulianCalendar.toGregorian(second.year(), second.month(), second.day());
    return day.getYear() == first.year() && day.getMonthValue() == first.month()
        && day.getDayOfMonth() == first.day();
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

package org.opis.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day written in numbers with slashes, "16/11/1920" or "11/16/1920": read when only one order
 * of day and month makes a date (one of the two numbers is above 12, or both are the same), and
 * refused saying both readings when either could be meant ("05/06/1920"), since a British and
 * an American editor write the same day differently.
 */
final class SlashedDay {
  private static final Pattern DAY = Pattern.compile("([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})");

  private SlashedDay() {}

  /**
   * The day; empty when {@code s} is not written so.
   *
   * @throws org.opis.problem.InvalidInputException when it could be either of two days, or none
   */
  static Optional<Span> read(String s, DateText source) {
    Matcher m = DAY.matcher(s.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int first = Integer.parseInt(m.group(1));
    int second = Integer.parseInt(m.group(2));
    int year = Integer.parseInt(m.group(3));
    if (first == 0 || second == 0) {
      throw source.cannotRead();
    }
    if (first <= 12 && second <= 12 && first != second) {
      throw source.ambiguous(day(year, second, first, source) + " or " + day(year, first, second, source)
          + "; write the month in words or the day as " + String.format("%04d-%02d-%02d", year, second, first));
    }
    int month = first > 12 ? second : first;
    int day = first > 12 ? first : second;
    if (month > 12) {
      throw source.cannotRead();
    }
    LocalDate date = LocalDate.of(year, month, 1);
    if (day > date.lengthOfMonth()) {
      throw source.notADay(year, month, date.lengthOfMonth(), Calendar.GREGORIAN);
    }
    LocalDate at = date.withDayOfMonth(day);
    return Optional.of(Span.of(at.toString(), at, at));
  }

  private static String day(int year, int month, int day, DateText source) {
    try {
      return LocalDate.of(year, month, day).getDayOfMonth() + " " + DateText.monthName(month) + " " + year;
    } catch (DateTimeException e) {
      throw source.cannotRead();
    }
  }
}

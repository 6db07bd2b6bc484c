package org.opis.date;

import java.time.LocalDate;
import java.time.Month;

/**
 * The Julian calendar, in which every fourth year is a leap year, and its conversion to the
 * Gregorian through the Julian Day Number, the count of days since 1 January 4713 BC (Julian)
 * that astronomers use to date events across calendars.
 *
 * <p>The two calendars drift apart by three days every four centuries: 10 days in the 1600s,
 * 11 from March 1700, 12 from March 1800, 13 from March 1900 to February 2100. Going through
 * the day number keeps every century right instead of adding a fixed 13 days.
 */
final class JulianCalendar {
  private JulianCalendar() {}

  static boolean isLeapYear(int year) {
    return Math.floorMod(year, 4) == 0;
  }

  static int lengthOfMonth(int year, int month) {
    return Month.of(month).length(isLeapYear(year));
  }

  /** The Gregorian day that a Julian date names: 25 October 1917 gives 1917-11-07. */
  static LocalDate toGregorian(int year, int month, int day) {
    return gregorianDay(dayNumber(year, month, day));
  }

  /** The Julian Day Number of a date in the Julian calendar. */
  static long dayNumber(int year, int month, int day) {
    // Years counted from 1 March put the leap day last, so month lengths follow a fixed
    // pattern (153 days every five months) and the years are shifted to stay positive.
    long beforeMarch = (14 - month) / 12;
    long y = year + 4800L - beforeMarch;
    long m = month + 12 * beforeMarch - 3;
    return day + (153 * m + 2) / 5 + 365 * y + Math.floorDiv(y, 4) - 32083;
  }

  /** The Gregorian day with a Julian Day Number. */
  static LocalDate gregorianDay(long dayNumber) {
    // The same March-based count, with the Gregorian 400-year cycle of 146097 days and the
    // 4-year cycle of 1461 days peeled off in turn.
    long a = dayNumber + 32044;
    long cycles = Math.floorDiv(4 * a + 3, 146097);
    long c = a - Math.floorDiv(146097 * cycles, 4);
    long years = Math.floorDiv(4 * c + 3, 1461);
    long e = c - Math.floorDiv(1461 * years, 4);
    long m = Math.floorDiv(5 * e + 2, 153);
    int day = (int) (e - Math.floorDiv(153 * m + 2, 5) + 1);
    int month = (int) (m + 3 - 12 * Math.floorDiv(m, 10));
    int year = (int) (100 * cycles + years - 4800 + Math.floorDiv(m, 10));
    return LocalDate.of(year, month, day);
  }
}

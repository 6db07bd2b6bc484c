package org.opis.generate;

import java.time.LocalDate;

/**
 * Days of the Julian calendar, which Russia kept until 31 January 1918 (Old Style), converted
 * to and from the Gregorian calendar through the Julian Day Number, so that the difference of
 * 12 days before March 1900 and 13 days after comes out of the arithmetic, not a constant.
 */
final class OldStyle {
  /** The first Gregorian day of the New Style in Russia: 1 February 1918 O.S. was 14 February. */
  static final LocalDate ABOLISHED = LocalDate.of(1918, 2, 14);
  // Julian Day Number of the epoch day 0 of java.time, 1970-01-01 Gregorian
  private static final long EPOCH_JDN = 2_440_588;

  private OldStyle() {}

  /** The Julian calendar's year, month and day of a Gregorian day. */
  static int[] julian(LocalDate gregorian) {
    long c = gregorian.toEpochDay() + EPOCH_JDN + 32_082;
    long d = (4 * c + 3) / 1461;
    long e = c - 1461 * d / 4;
    long m = (5 * e + 2) / 153;
    int day = (int) (e - (153 * m + 2) / 5 + 1);
    int month = (int) (m + 3 - 12 * (m / 10));
    int year = (int) (d - 4800 + m / 10);
    return new int[] {year, month, day};
  }

  /** The Gregorian day of a day written in the Julian calendar. */
  static LocalDate gregorian(int year, int month, int day) {
    int a = (14 - month) / 12;
    long y = year + 4800L - a;
    long m = month + 12L * a - 3;
    long jdn = day + (153 * m + 2) / 5 + 365 * y + y / 4 - 32_083;
    return LocalDate.ofEpochDay(jdn - EPOCH_JDN);
  }
}

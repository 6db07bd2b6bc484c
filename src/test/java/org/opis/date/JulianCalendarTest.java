package org.opis.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.JulianFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JulianCalendarTest {
  @ParameterizedTest
  @CsvSource({
      // the first day of the Gregorian calendar, after Julian 4 October 1582
      "1582, 10, 5, 1582-10-15",
      // the October Revolution, and Russia's change of calendar after Julian 31 January 1918
      "1917, 10, 25, 1917-11-07",
      "1918, 1, 31, 1918-02-13",
      "1918, 2, 1, 1918-02-14",
      // the difference grows by one day at each century year that is not a Gregorian leap year
      "1700, 2, 28, 1700-03-10",
      "1700, 2, 29, 1700-03-11",
      "1700, 3, 1, 1700-03-12",
      "1900, 2, 29, 1900-03-13",
      "2100, 2, 29, 2100-03-14",
      // in the third century the two calendars agree
      "250, 6, 1, 0250-06-01",
      "1, 1, 1, 0000-12-30",
  })
  void convertsJulianDaysToGregorian(int year, int month, int day, LocalDate gregorian) {
    assertThat(JulianCalendar.toGregorian(year, month, day)).isEqualTo(gregorian);
  }

  @Test
  void countsDayNumbersFromTheAstronomersEpoch() {
    assertThat(JulianCalendar.dayNumber(-4712, 1, 1)).isZero();
    assertThat(JulianCalendar.dayNumber(1917, 10, 25))
        .isEqualTo(LocalDate.of(1917, 11, 7).getLong(JulianFields.JULIAN_DAY));
  }

  @Test
  void agreesWithJavaTimeOnTheGregorianDayOfEveryDayNumberFromYear1To9999() {
    LocalDate day = LocalDate.of(1, 1, 1);
    LocalDate end = LocalDate.of(9999, 12, 31);
    while (!day.isAfter(end)) {
      long number = day.getLong(JulianFields.JULIAN_DAY);
      if (!JulianCalendar.gregorianDay(number).equals(day)) {
        assertThat(JulianCalendar.gregorianDay(number)).as("day number %d", number).isEqualTo(day);
      }
      day = day.plusDays(1);
    }
  }

  @Test
  void walksEveryJulianDayFromYear1To9999OneGregorianDayAtATime() {
    LocalDate expected = JulianCalendar.toGregorian(1, 1, 1);
    long days = 0;
    for (int year = 1; year <= 9999; year++) {
      for (int month = 1; month <= 12; month++) {
        for (int d = 1; d <= JulianCalendar.lengthOfMonth(year, month); d++) {
          LocalDate gregorian = JulianCalendar.toGregorian(year, month, d);
          if (!gregorian.equals(expected)) {
            assertThat(gregorian).as("Julian %d-%d-%d", year, month, d).isEqualTo(expected);
          }
          expected = expected.plusDays(1);
          days++;
        }
      }
    }
    assertThat(days).isEqualTo(9999L * 365 + 9999 / 4);
    assertThat(ChronoUnit.DAYS.between(JulianCalendar.toGregorian(1, 1, 1), expected))
        .isEqualTo(days);
  }

  @Test
  void makesEveryFourthYearALeapYearCenturiesIncluded() {
    assertThat(JulianCalendar.lengthOfMonth(1900, 2)).isEqualTo(29);
    assertThat(JulianCalendar.lengthOfMonth(1918, 2)).isEqualTo(28);
    assertThat(JulianCalendar.lengthOfMonth(2000, 2)).isEqualTo(29);
  }
}

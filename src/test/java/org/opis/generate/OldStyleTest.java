package org.opis.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class OldStyleTest {
  @Test
  void readsTheOctoberRevolutionAsSeventhNovember() {
    assertThat(OldStyle.gregorian(1917, 10, 25)).isEqualTo(LocalDate.of(1917, 11, 7));
  }

  @Test
  void readsTheLastJulianDayOfRussiaAsThirteenthFebruary1918() {
    assertThat(OldStyle.gregorian(1918, 1, 31)).isEqualTo(LocalDate.of(1918, 2, 13));
    assertThat(OldStyle.ABOLISHED).isEqualTo(OldStyle.gregorian(1918, 2, 1));
  }

  @Test
  void countsTheJulianLeapDayOf1900ThatTheGregorianCalendarLacks() {
    assertThat(OldStyle.gregorian(1900, 2, 28)).isEqualTo(LocalDate.of(1900, 3, 12));
    assertThat(OldStyle.gregorian(1900, 2, 29)).isEqualTo(LocalDate.of(1900, 3, 13));
  }

  @Test
  void convertsEveryDayOfTheCenturyBothWays() {
    for (LocalDate day = LocalDate.of(1899, 1, 1); day.getYear() < 1920; day = day.plusDays(1)) {
      int[] julian = OldStyle.julian(day);
      assertThat(OldStyle.gregorian(julian[0], julian[1], julian[2])).isEqualTo(day);
      // the same numerals read as a Gregorian day (Julian 29 February 1900 reads as 1 March)
      LocalDate sameNumerals = LocalDate.of(julian[0], julian[1], 1).plusDays(julian[2] - 1L);
      assertThat(ChronoUnit.DAYS.between(sameNumerals, day)).as(day.toString())
          .isEqualTo(day.isBefore(LocalDate.of(1900, 3, 14)) ? 12 : 13);
    }
  }
}

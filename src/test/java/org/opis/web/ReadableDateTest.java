package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReadableDateTest {

  @Test
  void writesADayAMonthAYearAndADecadeAsAReaderSaysThem() {
    assertThat(ReadableDate.of(LocalDate.of(1920, 11, 16), LocalDate.of(1920, 11, 16))).isEqualTo("16 November 1920");
    assertThat(ReadableDate.of(LocalDate.of(1920, 11, 1), LocalDate.of(1920, 11, 30))).isEqualTo("November 1920");
    assertThat(ReadableDate.of(LocalDate.of(1920, 1, 1), LocalDate.of(1920, 12, 31))).isEqualTo("1920");
    assertThat(ReadableDate.of(LocalDate.of(1920, 1, 1), LocalDate.of(1929, 12, 31))).isEqualTo("1920\u20131929");
  }

  @Test
  void writesOtherRangesFromDayToDay() {
    assertThat(ReadableDate.of(LocalDate.of(1918, 3, 3), LocalDate.of(1918, 4, 5)))
        .isEqualTo("3 March 1918 \u2013 5 April 1918");
    assertThat(ReadableDate.of(LocalDate.of(1918, 3, 1), LocalDate.of(1918, 4, 30)))
        .isEqualTo("March 1918 \u2013 April 1918");
  }

  @Test
  void writesTheDayOfAnInstantInUtc() {
    assertThat(ReadableDate.day(Instant.parse("2011-11-16T23:30:00Z"))).isEqualTo("16 November 2011");
  }
}

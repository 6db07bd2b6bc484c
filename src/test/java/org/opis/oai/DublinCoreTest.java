package org.opis.oai;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opis.date.Calendar;
import org.opis.date.DocumentDate;

class DublinCoreTest {
  private static String iso(LocalDate from, LocalDate to) {
    return DublinCore.iso(new DocumentDate("as written", "x", from, to, Calendar.GREGORIAN, false));
  }

  @Test
  void writesADateAsTheShortestIsoFormOfItsRange() {
    assertThat(iso(LocalDate.of(1920, 11, 16), LocalDate.of(1920, 11, 16))).isEqualTo("1920-11-16");
    assertThat(iso(LocalDate.of(1920, 11, 1), LocalDate.of(1920, 11, 30))).isEqualTo("1920-11");
    assertThat(iso(LocalDate.of(1920, 2, 1), LocalDate.of(1920, 2, 29))).isEqualTo("1920-02");
    assertThat(iso(LocalDate.of(1920, 1, 1), LocalDate.of(1920, 12, 31))).isEqualTo("1920");
    assertThat(iso(LocalDate.of(1920, 1, 1), LocalDate.of(1929, 12, 31))).isEqualTo("1920/1929");
    assertThat(iso(LocalDate.of(1920, 11, 16), LocalDate.of(1920, 11, 18))).isEqualTo("1920-11-16/1920-11-18");
    assertThat(iso(LocalDate.of(988, 1, 1), LocalDate.of(988, 12, 31))).isEqualTo("0988");
  }
}

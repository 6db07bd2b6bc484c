package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opis.problem.InvalidInputException;

class TypedDateTest {
  @ParameterizedTest
  @CsvSource({
      "1920-11-16, 1920-11-16, 1920-11-16",
      "1920-11, 1920-11-01, 1920-11-30",
      "1920, 1920-01-01, 1920-12-31",
      "1920s, 1920-01-01, 1929-12-31",
      "November 1920, 1920-11-01, 1920-11-30",
      "16.11.1920, 1920-11-16, 1920-11-16",
      "987, 0987-01-01, 0987-12-31",
      "980s, 0980-01-01, 0989-12-31"})
  void readsADayAMonthAYearOrADecadeAsTheDaysItSpans(String typed, LocalDate first, LocalDate last) {
    TypedDate date = TypedDate.read("from", typed);

    assertThat(date).isEqualTo(new TypedDate(typed, first, last));
  }

  @Test
  void refusesWhatIsNotADateNamingTheParameter() {
    assertThatThrownBy(() -> TypedDate.read("to", "Febuary")).isInstanceOf(InvalidInputException.class)
        .hasMessage("\"to\" is \"Febuary\"; use a day (1920-11-16), a month (1920-11), a year (1920) or a decade"
            + " (1920s)");
    assertThatThrownBy(() -> TypedDate.read("from", "1920-02-30")).hasMessageStartingWith("\"from\" is \"1920-02-30\";");
    assertThatThrownBy(() -> TypedDate.read("from", "x".repeat(5000))).hasMessageContaining("x\u2026\"; use a day");
  }

  @Test
  void makesTheYearsAndDecadesOfTheHistogram() {
    assertThat(TypedDate.year(1920)).isEqualTo(TypedDate.read("from", "1920"));
    assertThat(TypedDate.decade(1920)).isEqualTo(TypedDate.read("from", "1920s"));
  }
}

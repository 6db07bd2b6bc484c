package org.opis.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opis.problem.InvalidInputException;
import org.opis.problem.Location;
import org.opis.problem.Problem;

class EdtfTest {
  private static final Location WHERE = Location.file("batch.json").atPointer("/0/date/edtf");

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // level 0
      "1920                  | 1920-01-01 | 1920-12-31",
      "1920-11               | 1920-11-01 | 1920-11-30",
      "1920-11-16            | 1920-11-16 | 1920-11-16",
      "1920-02               | 1920-02-01 | 1920-02-29",
      "0000                  | 0000-01-01 | 0000-12-31",
      "1920-11-16/1920-11-18 | 1920-11-16 | 1920-11-18",
      "1920/1922-06          | 1920-01-01 | 1922-06-30",
      // level 1: qualifiers
      "1920?                 | 1920-01-01 | 1920-12-31",
      "1920-11~              | 1920-11-01 | 1920-11-30",
      "1920-11-16%           | 1920-11-16 | 1920-11-16",
      "1920~/1922?           | 1920-01-01 | 1922-12-31",
      // level 1: unspecified digits from the right
      "192X                  | 1920-01-01 | 1929-12-31",
      "19XX                  | 1900-01-01 | 1999-12-31",
      "1920-XX               | 1920-01-01 | 1920-12-31",
      "1920-11-XX            | 1920-11-01 | 1920-11-30",
      "1920-XX-XX            | 1920-01-01 | 1920-12-31",
      "1920-1X               | 1920-10-01 | 1920-12-31",
      "1920-0X               | 1920-01-01 | 1920-09-30",
      "1920-02-2X            | 1920-02-20 | 1920-02-29",
      "1921-02-2X            | 1921-02-20 | 1921-02-28",
      "1920-04-3X            | 1920-04-30 | 1920-04-30",
      // level 1: seasons, northern hemisphere
      "1920-21               | 1920-03-01 | 1920-05-31",
      "1920-22               | 1920-06-01 | 1920-08-31",
      "1920-23               | 1920-09-01 | 1920-11-30",
      "1920-24               | 1920-12-01 | 1921-02-28",
      "1919-24               | 1919-12-01 | 1920-02-29",
      // level 1: open and unknown ends
      "1920/..               | 1920-01-01 | 9999-12-31",
      "../1920-11            | 0001-01-01 | 1920-11-30",
      "1920/                 | 1920-01-01 | 9999-12-31",
      "/1920                 | 0001-01-01 | 1920-12-31",
      "-0044/..              | -0044-01-01 | 9999-12-31",
      // level 1: negative and long years
      "-0044                 | -0044-01-01 | -0044-12-31",
      "-0044-03-15           | -0044-03-15 | -0044-03-15",
      "Y170000002            | +170000002-01-01 | +170000002-12-31",
      "Y-170000002           | -170000002-01-01 | -170000002-12-31",
      "../Y-12000            | -12000-01-01 | -12000-12-31",
  })
  void readsEdtfLevelsZeroAndOne(String edtf, LocalDate earliest, LocalDate latest) {
    DocumentDate date = Edtf.read(edtf, "as written", WHERE);

    assertThat(date.edtf()).isEqualTo(edtf);
    assertThat(date.earliest()).isEqualTo(earliest);
    assertThat(date.latest()).isEqualTo(latest);
    assertThat(date.asWritten()).isEqualTo("as written");
    assertThat(date.calendar()).isEqualTo(Calendar.GREGORIAN);
    assertThat(date.inferred()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1920-11-16T17:05:00", "1920-11-16T17:05:00Z",
      "1920-11-16T17:05:00+03", "1920-11-16T17:05:00-04:30"})
  void keepsTheDayOfADateAndTime(String edtf) {
    DocumentDate date = Edtf.read(edtf, edtf, WHERE);

    assertThat(date.edtf()).isEqualTo("1920-11-16");
    assertThat(date.earliest()).isEqualTo(LocalDate.of(1920, 11, 16));
    assertThat(date.latest()).isEqualTo(LocalDate.of(1920, 11, 16));
    assertThat(date.asWritten()).isEqualTo(edtf);
  }

  @Test
  void keepsAsWrittenAsGiven() {
    assertThat(Edtf.read("1920-11-16", "  16 Nov. 1920 ", WHERE).asWritten())
        .isEqualTo("  16 Nov. 1920 ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "20", "192", "19200", "1920-1", "1920-13", "1920-00", "1920-11-00",
      "1920-11-32", "1920-25", "1920-21-01", "1920-X1", "1920-XX-16", "19X0", "192X-11", "Y1920",
      "Y01920", "1920-11-16T25:00:00", "1920-11-16T17:05", "1920?~", "?1920", "[1920]",
      "1920/1922/1924", "../..", "/", "../", "1920 - 1922", "-0000", "192x",
      "November 16, 1920", "1920-11-16T17:05:00/1920-11-18", "Y1234567890"})
  void refusesWhatIsNotEdtf(String edtf) {
    assertRefused(edtf, "\"" + edtf.strip() + "\" is not a date in EDTF (for example 1920-11-16,"
        + " 1920-11, 1920, 192X, 1920~)");
  }

  @Test
  void refusesDayThatDoesNotExist() {
    assertRefused("1921-02-29", "\"1921-02-29\" is not a day: February 1921 has 28 days");
  }

  @Test
  void refusesIntervalThatEndsBeforeItBegins() {
    assertRefused("1922/1920", "\"1922/1920\" ends before it begins");
  }

  @Test
  void acceptsIntervalWithinOneYear() {
    DocumentDate date = Edtf.read("1920-06/1920", "1920-06/1920", WHERE);

    assertThat(date.earliest()).isEqualTo(LocalDate.of(1920, 6, 1));
    assertThat(date.latest()).isEqualTo(LocalDate.of(1920, 12, 31));
  }

  private static void assertRefused(String edtf, String message) {
    assertThatThrownBy(() -> Edtf.read(edtf, edtf, WHERE))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.problems()).containsExactly(Problem.at(WHERE, message)));
  }
}

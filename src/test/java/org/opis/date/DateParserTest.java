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

class DateParserTest {
  private static final Location WHERE = Location.file("minutes-1951.csv").atLine(14).atColumn("date");

  @Test
  void readsTheSeedDocumentsDate() {
    DocumentDate date = DateParser.parse("November 16, 1920", WHERE);

    assertThat(date).isEqualTo(new DocumentDate("November 16, 1920", "1920-11-16",
        LocalDate.of(1920, 11, 16), LocalDate.of(1920, 11, 16), Calendar.GREGORIAN, false));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "November 16, 1920         | 1920-11-16 | 1920-11-16 | 1920-11-16",
      "Nov. 16, 1920             | 1920-11-16 | 1920-11-16 | 1920-11-16",
      "16 November 1920          | 1920-11-16 | 1920-11-16 | 1920-11-16",
      "16 Nov 1920               | 1920-11-16 | 1920-11-16 | 1920-11-16",
      "16th November 1920        | 1920-11-16 | 1920-11-16 | 1920-11-16",
      "the 16th of November 1920 | 1920-11-16 | 1920-11-16 | 1920-11-16",
      "1920-11-16                | 1920-11-16 | 1920-11-16 | 1920-11-16",
      "16.11.1920                | 1920-11-16 | 1920-11-16 | 1920-11-16",
      "16.XI.1920                | 1920-11-16 | 1920-11-16 | 1920-11-16",
      "1920 November 16          | 1920-11-16 | 1920-11-16 | 1920-11-16",
      "November 1920             | 1920-11    | 1920-11-01 | 1920-11-30",
      "February 1920             | 1920-02    | 1920-02-01 | 1920-02-29",
      "1920                      | 1920       | 1920-01-01 | 1920-12-31",
      "Monday, November 16, 1920 | 1920-11-16 | 1920-11-16 | 1920-11-16",
      "NOVEMBER 16, 1920         | 1920-11-16 | 1920-11-16 | 1920-11-16",
      "november 16, 1920         | 1920-11-16 | 1920-11-16 | 1920-11-16",
      "16 November 1920, 17:05   | 1920-11-16 | 1920-11-16 | 1920-11-16",
      "1920-11-16T17:05:00       | 1920-11-16 | 1920-11-16 | 1920-11-16",
      "  16 November 1920        | 1920-11-16 | 1920-11-16 | 1920-11-16",
      "in November 1920          | 1920-11    | 1920-11-01 | 1920-11-30",
      "July —, 1877              | 1877-07    | 1877-07-01 | 1877-07-31",
      "January 28, 1964, noon    | 1964-01-28 | 1964-01-28 | 1964-01-28",
      "в ноябре 1920 г.          | 1920-11    | 1920-11-01 | 1920-11-30",
      "800                       | 0800       | 0800-01-01 | 0800-12-31",
  })
  void readsEnglishAndNumericDates(String text, String edtf, LocalDate earliest, LocalDate latest) {
    assertRead(text, edtf, earliest, latest);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "16 ноября 1920           | 1920-11-16 | 1920-11-16 | 1920-11-16",
      "16 ноября 1920 г.        | 1920-11-16 | 1920-11-16 | 1920-11-16",
      "16-го ноября 1920 года   | 1920-11-16 | 1920-11-16 | 1920-11-16",
      "ноябрь 1920              | 1920-11    | 1920-11-01 | 1920-11-30",
      "НОЯБРЬ 1920 Г.           | 1920-11    | 1920-11-01 | 1920-11-30",
      "16 листопада 1920        | 1920-11-16 | 1920-11-16 | 1920-11-16",
      "16. November 1920        | 1920-11-16 | 1920-11-16 | 1920-11-16",
      "den 16. November 1920    | 1920-11-16 | 1920-11-16 | 1920-11-16",
      "16. März 1920            | 1920-03-16 | 1920-03-16 | 1920-03-16",
      "16 novembre 1920         | 1920-11-16 | 1920-11-16 | 1920-11-16",
      "1er août 1920            | 1920-08-01 | 1920-08-01 | 1920-08-01",
      "16 listopada 1920 r.     | 1920-11-16 | 1920-11-16 | 1920-11-16",
      "16. listopadu 1920       | 1920-11-16 | 1920-11-16 | 1920-11-16",
  })
  void readsMonthNamesOfOtherLanguages(String text, String edtf, LocalDate earliest, LocalDate latest) {
    assertRead(text, edtf, earliest, latest);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "circa 1920            | 1920~    | 1920-01-01 | 1920-12-31",
      "c. 1920               | 1920~    | 1920-01-01 | 1920-12-31",
      "c.1920                | 1920~    | 1920-01-01 | 1920-12-31",
      "ca. 1920              | 1920~    | 1920-01-01 | 1920-12-31",
      "approximately 1920    | 1920~    | 1920-01-01 | 1920-12-31",
      "около 1920 г.         | 1920~    | 1920-01-01 | 1920-12-31",
      "about November 1920   | 1920-11~ | 1920-11-01 | 1920-11-30",
      "~1920                 | 1920~    | 1920-01-01 | 1920-12-31",
      "1920?                 | 1920?    | 1920-01-01 | 1920-12-31",
      "1920 (?)              | 1920?    | 1920-01-01 | 1920-12-31",
      "probably 1920         | 1920?    | 1920-01-01 | 1920-12-31",
      "circa 1920?           | 1920%    | 1920-01-01 | 1920-12-31",
      "circa 1920-1922       | 1920~/1922~ | 1920-01-01 | 1922-12-31",
  })
  void readsApproximateAndUncertainDates(String text, String edtf, LocalDate earliest, LocalDate latest) {
    assertRead(text, edtf, earliest, latest);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1920s                 | 192X      | 1920-01-01 | 1929-12-31",
      "1920's                | 192X      | 1920-01-01 | 1929-12-31",
      "1920-е гг.            | 192X      | 1920-01-01 | 1929-12-31",
      "1920er Jahre          | 192X      | 1920-01-01 | 1929-12-31",
      "les années 1920       | 192X      | 1920-01-01 | 1929-12-31",
      "1900s                 | 190X      | 1900-01-01 | 1909-12-31",
      "early 1920s           | 1920/1923 | 1920-01-01 | 1923-12-31",
      "mid-1920s             | 1924/1926 | 1924-01-01 | 1926-12-31",
      "late 1920s            | 1927/1929 | 1927-01-01 | 1929-12-31",
      "конец 1920-х гг.      | 1927/1929 | 1927-01-01 | 1929-12-31",
      "circa 1920s           | 192X~     | 1920-01-01 | 1929-12-31",
  })
  void readsDecades(String text, String edtf, LocalDate earliest, LocalDate latest) {
    assertRead(text, edtf, earliest, latest);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Spring 1955           | 1955-21         | 1955-03-01 | 1955-05-31",
      "summer of 1945        | 1945-22         | 1945-06-01 | 1945-08-31",
      "Autumn 1956           | 1956-23         | 1956-09-01 | 1956-11-30",
      "Fall 1956             | 1956-23         | 1956-09-01 | 1956-11-30",
      "Winter 1944-45        | 1944-24         | 1944-12-01 | 1945-02-28",
      "Winter 1943/1944      | 1943-24         | 1943-12-01 | 1944-02-29",
      "early 1956            | 1956-01/1956-04 | 1956-01-01 | 1956-04-30",
      "the beginning of 1956 | 1956-01/1956-04 | 1956-01-01 | 1956-04-30",
      "mid-1956              | 1956-05/1956-08 | 1956-05-01 | 1956-08-31",
      "Late 1956             | 1956-09/1956-12 | 1956-09-01 | 1956-12-31",
      "end of 1956           | 1956-09/1956-12 | 1956-09-01 | 1956-12-31",
      "first half of 1956    | 1956-01/1956-06 | 1956-01-01 | 1956-06-30",
      "second half of 1956   | 1956-07/1956-12 | 1956-07-01 | 1956-12-31",
      "circa Spring 1955     | 1955-21~        | 1955-03-01 | 1955-05-31",
      "16/11/1920            | 1920-11-16      | 1920-11-16 | 1920-11-16",
      "11/16/1920            | 1920-11-16      | 1920-11-16 | 1920-11-16",
      "7/7/1920              | 1920-07-07      | 1920-07-07 | 1920-07-07",
      "Spring 0955           | 0955-21         | 0955-03-01 | 0955-05-31",
      "Winter 1999-00        | 1999-24         | 1999-12-01 | 2000-02-29",
      "Winter 1899-00        | 1899-24         | 1899-12-01 | 1900-02-28",
  })
  void readsPartsOfAYearAndDaysWithSlashesThatCanBeOnlyOneDay(String text, String edtf, LocalDate earliest,
      LocalDate latest) {
    assertRead(text, edtf, earliest, latest);
    assertThat(Edtf.read(edtf, text, WHERE).latest()).isEqualTo(latest);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "November 16-18, 1920              | 1920-11-16/1920-11-18 | 1920-11-16 | 1920-11-18",
      "16-18 November 1920               | 1920-11-16/1920-11-18 | 1920-11-16 | 1920-11-18",
      "16.-18. November 1920             | 1920-11-16/1920-11-18 | 1920-11-16 | 1920-11-18",
      "November 16 - December 2, 1920    | 1920-11-16/1920-12-02 | 1920-11-16 | 1920-12-02",
      "16 November - 2 December 1920     | 1920-11-16/1920-12-02 | 1920-11-16 | 1920-12-02",
      "16 November 1920 - 2 January 1921 | 1920-11-16/1921-01-02 | 1920-11-16 | 1921-01-02",
      "20 December - 3 January 1921      | 1920-12-20/1921-01-03 | 1920-12-20 | 1921-01-03",
      "Nov.-Dec. 1920                    | 1920-11/1920-12       | 1920-11-01 | 1920-12-31",
      "1920-1922                         | 1920/1922             | 1920-01-01 | 1922-12-31",
      "1920–1922                         | 1920/1922             | 1920-01-01 | 1922-12-31",
      "1920 — 1922                       | 1920/1922             | 1920-01-01 | 1922-12-31",
      "between 1920 and 1922             | 1920/1922             | 1920-01-01 | 1922-12-31",
      "from 1920 to 1922                 | 1920/1922             | 1920-01-01 | 1922-12-31",
      "1920 to 1922                      | 1920/1922             | 1920-01-01 | 1922-12-31",
      "с 16 по 18 ноября 1920 г.         | 1920-11-16/1920-11-18 | 1920-11-16 | 1920-11-18",
      "1920-11-16/1920-11-18             | 1920-11-16/1920-11-18 | 1920-11-16 | 1920-11-18",
      "1920-11-16 - 1920-11-18           | 1920-11-16/1920-11-18 | 1920-11-16 | 1920-11-18",
      "1920s-1930s                       | 192X/193X             | 1920-01-01 | 1939-12-31",
      "c. 1920 - c. 1925                 | 1920~/1925~           | 1920-01-01 | 1925-12-31",
  })
  void readsRanges(String text, String edtf, LocalDate earliest, LocalDate latest) {
    assertRead(text, edtf, earliest, latest);
  }

  @ParameterizedTest
  @ValueSource(strings = {"[1920]", "[November 16, 1920]", "November 16, [1920]", "[c. 1920]"})
  void readsBracketedDatesAsSuppliedByTheEditor(String text) {
    DocumentDate date = DateParser.parse(text, WHERE);

    assertThat(date.inferred()).isTrue();
    assertThat(date.edtf()).doesNotContain("[", "]");
    assertThat(date.asWritten()).isEqualTo(text);
  }

  @Test
  void readsBracketedDayWithoutTheBrackets() {
    assertThat(DateParser.parse("[November 16, 1920]", WHERE).edtf()).isEqualTo("1920-11-16");
    assertThat(DateParser.parse("November 16, 1920", WHERE).inferred()).isFalse();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "192X       | 192X        | 1920-01-01 | 1929-12-31",
      "1920~      | 1920~       | 1920-01-01 | 1920-12-31",
      "1920-11-XX | 1920-11-XX  | 1920-11-01 | 1920-11-30",
      "1920/..    | 1920/..     | 1920-01-01 | 9999-12-31",
  })
  void readsEdtfWrittenAsSuch(String text, String edtf, LocalDate earliest, LocalDate latest) {
    assertRead(text, edtf, earliest, latest);
  }

  @Test
  void keepsTheTextAsWrittenWithoutSurroundingSpace() {
    assertThat(DateParser.parse("  circa 1920 \n", WHERE).asWritten()).isEqualTo("circa 1920");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Febuary 30, 1946   | cannot read \"Febuary 30, 1946\" as a date",
      "''                 | cannot read \"\" as a date",
      "'   '              | cannot read \"\" as a date",
      "November 16        | cannot read \"November 16\" as a date",
      "05/06/1920         | \"05/06/1920\" could be 5 June 1920 or 6 May 1920; write the month in words or the day as 1920-06-05",
      "31/04/1920         | \"31/04/1920\" is not a day: April 1920 has 30 days",
      "13/13/1920         | cannot read \"13/13/1920\" as a date",
      "00/00/1920         | cannot read \"00/00/1920\" as a date",
      "0/13/1920          | cannot read \"0/13/1920\" as a date",
      "ſpring 1765        | cannot read \"ſpring 1765\" as a date",
      "mıd 1956           | cannot read \"mıd 1956\" as a date",
      "Winter 1945        | \"Winter 1945\" could be the winter that ends or the one that begins in 1945; write Winter 1944-45 or Winter 1945-46",
      "Winter 1944-46     | cannot read \"Winter 1944-46\" as a date",
      "16 11 1920         | cannot read \"16 11 1920\" as a date",
      "sometime in 1920   | cannot read \"sometime in 1920\" as a date",
      "[1920              | cannot read \"[1920\" as a date",
      "1925s              | cannot read \"1925s\" as a date",
      "February 30, 1946  | \"February 30, 1946\" is not a day: February 1946 has 28 days",
      "31 April 1920      | \"31 April 1920\" is not a day: April 1920 has 30 days",
      "29.02.1900         | \"29.02.1900\" is not a day: February 1900 has 28 days",
      "November 30-31, 1920 | \"November 30-31, 1920\" is not a day: November 1920 has 30 days",
      "0 November 1920    | cannot read \"0 November 1920\" as a date",
      "1920-11-00         | cannot read \"1920-11-00\" as a date",
      "1920-13-01         | \"1920-13-01\" is not a date: there is no month 13",
      "1920-13            | \"1920-13\" is not a date: there is no month 13",
      "1920-22            | \"1920-22\" is not a date: there is no month 22; write a range of years in full, as 1920-1922",
      "16.13.1920         | \"16.13.1920\" is not a date: there is no month 13",
      "1920-1919          | \"1920-1919\" ends before it begins",
      "18-16 November 1920 | \"18-16 November 1920\" ends before it begins",
      "between 1922 and 1920 | \"between 1922 and 1920\" ends before it begins",
  })
  void refusesWhatIsNotADayInTheArchivistsWords(String text, String message) {
    assertRefused(text, message);
  }

  @Test
  void refusesTenThousandCharactersOfJunkSayingHowLongDatesAre() {
    String junk = "x".repeat(10_000);

    assertRefused(junk, "cannot read \"" + "x".repeat(40) + "…\" as a date: it is 10000 characters"
        + " long, and a date is at most 200");
  }

  @ParameterizedTest
  @ValueSource(strings = {"undated", "Undated", "n.d.", "N.D.", "[n.d.]", "no date", "s.d.",
      "[s.d.]", "b.d.", "b. d.", "bez daty", "б.д.", "без даты", "o.D.", "sans date", "(n.d.)"})
  void recognisesUndatedDocuments(String text) {
    assertThat(DateParser.isUndated(text)).isTrue();
    assertRefused(text, "\"" + text.strip() + "\" says the document is undated: leave its date empty");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1920", "November 16, 1920", "nd 1920", "", "date", "sd 16"})
  void doesNotTakeDatesForUndated(String text) {
    assertThat(DateParser.isUndated(text)).isFalse();
  }

  @Test
  void isUndatedAcceptsNothing() {
    assertThat(DateParser.isUndated(null)).isFalse();
  }

  static void assertRead(String text, String edtf, LocalDate earliest, LocalDate latest) {
    DocumentDate date = DateParser.parse(text, WHERE);

    assertThat(date.edtf()).as("EDTF of %s", text).isEqualTo(edtf);
    assertThat(date.earliest()).as("earliest of %s", text).isEqualTo(earliest);
    assertThat(date.latest()).as("latest of %s", text).isEqualTo(latest);
    assertThat(date.calendar()).isEqualTo(Calendar.GREGORIAN);
    assertThat(date.asWritten()).isEqualTo(text.strip());
  }

  static void assertRefused(String text, String message) {
    assertThatThrownBy(() -> DateParser.parse(text, WHERE))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.problems()).containsExactly(Problem.at(WHERE, message));
          assertThat(e.getMessage())
              .isEqualTo("minutes-1951.csv, line 14, column \"date\": " + message);
        });
  }
}

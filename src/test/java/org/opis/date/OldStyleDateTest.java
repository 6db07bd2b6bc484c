package org.opis.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opis.problem.Location;

class OldStyleDateTest {
  private static final Location WHERE = Location.file("fond-558.csv").atLine(3).atColumn("date");

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "3 March 1918 O.S.             | 1918-03-16",
      "3 March 1918 (O.S.)           | 1918-03-16",
      "3 March 1918 o. s.            | 1918-03-16",
      "25 October 1917 (Old Style)   | 1917-11-07",
      "25 октября 1917 ст. ст.       | 1917-11-07",
      "25 октября 1917 г. (ст. ст.)  | 1917-11-07",
      "25 октября 1917 по ст. ст.    | 1917-11-07",
      "31 January 1918 O.S.          | 1918-02-13",
      "29 February 1900 O.S.         | 1900-03-13",
      "1 January 1800 O.S.           | 1800-01-12",
      "19 February 1700 O.S.         | 1700-03-01",
      "5 October 1582 O.S.           | 1582-10-15",
  })
  void readsOldStyleDateAsGregorian(String text, LocalDate gregorian) {
    DocumentDate date = DateParser.parse(text, WHERE);

    assertThat(date.calendar()).isEqualTo(Calendar.JULIAN);
    assertThat(date.edtf()).isEqualTo(gregorian.toString());
    assertThat(date.earliest()).isEqualTo(gregorian);
    assertThat(date.latest()).isEqualTo(gregorian);
    assertThat(date.asWritten()).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "25 October (7 November) 1917        | 1917-11-07",
      "25 октября (7 ноября) 1917 г.       | 1917-11-07",
      "October 25 (November 7), 1917       | 1917-11-07",
      "4/17 November 1917                  | 1917-11-17",
      "4 (17) November 1917                | 1917-11-17",
      "25 October/7 November 1917          | 1917-11-07",
      "19/1 February 1918                  | 1918-02-01",
      "20 December 1917 (2 January 1918)   | 1918-01-02",
      "1/13 January 1870                   | 1870-01-13",
      "7 November (25 October) 1917        | 1917-11-07",
  })
  void readsDualDateAsItsNewStyleDay(String text, LocalDate gregorian) {
    DocumentDate date = DateParser.parse(text, WHERE);

    assertThat(date.calendar()).isEqualTo(Calendar.JULIAN);
    assertThat(date.edtf()).isEqualTo(gregorian.toString());
    assertThat(date.earliest()).isEqualTo(gregorian);
    assertThat(date.latest()).isEqualTo(gregorian);
  }

  @Test
  void readsOldStyleMonthAsTheIntervalOfItsGregorianDays() {
    DocumentDate date = DateParser.parse("October 1917 O.S.", WHERE);

    assertThat(date.edtf()).isEqualTo("1917-10-14/1917-11-13");
    assertThat(date.earliest()).isEqualTo(LocalDate.of(1917, 10, 14));
    assertThat(date.latest()).isEqualTo(LocalDate.of(1917, 11, 13));
  }

  @Test
  void readsOldStyleRange() {
    DocumentDate date = DateParser.parse("16-18 October 1917 O.S.", WHERE);

    assertThat(date.edtf()).isEqualTo("1917-10-29/1917-10-31");
    assertThat(date.calendar()).isEqualTo(Calendar.JULIAN);
  }

  @Test
  void readsNewStyleMarkAsGregorian() {
    DocumentDate date = DateParser.parse("7 November 1917 N.S.", WHERE);

    assertThat(date.calendar()).isEqualTo(Calendar.GREGORIAN);
    assertThat(date.edtf()).isEqualTo("1917-11-07");
  }

  @Test
  void refusesDualDateWhoseDaysDiffer() {
    DateParserTest.assertRefused("4/18 November 1917", "\"4/18 November 1917\" is not one day in"
        + " two calendars: 4 November 1917 Old Style is 17 November 1917 New Style");
  }

  @Test
  void refusesDayTheJulianCalendarDoesNotHave() {
    DateParserTest.assertRefused("29 February 1918 O.S.", "\"29 February 1918 O.S.\" is not a"
        + " day: February 1918 has 28 days in the Julian calendar");
  }
}

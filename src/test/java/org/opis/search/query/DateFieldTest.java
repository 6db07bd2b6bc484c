package org.opis.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opis.search.query.Trees.all;
import static org.opis.search.query.Trees.any;
import static org.opis.search.query.Trees.dates;
import static org.opis.search.query.Trees.not;
import static org.opis.search.query.Trees.notices;
import static org.opis.search.query.Trees.term;
import static org.opis.search.query.Trees.tree;

import org.junit.jupiter.api.Test;

/** "date:" and the ranges of days it reads. */
class DateFieldTest {
  private static final String FORMS = "write dates as 1920, 1920-11, 1920-11-16, 1920s or 1920..1925";

  @Test
  void readsAYearAMonthAndADay() {
    assertThat(tree("date:1920")).isEqualTo(dates("1920-01-01", "1920-12-31"));
    assertThat(tree("date:1920-02")).isEqualTo(dates("1920-02-01", "1920-02-29"));
    assertThat(tree("date:1920-11-16")).isEqualTo(dates("1920-11-16", "1920-11-16"));
    assertThat(tree("date:1920-2-5")).isEqualTo(dates("1920-02-05", "1920-02-05"));
  }

  @Test
  void readsADecade() {
    assertThat(tree("date:1920s")).isEqualTo(dates("1920-01-01", "1929-12-31"));
  }

  @Test
  void readsARangeBetweenTwoDots() {
    assertThat(tree("date:1920..1925")).isEqualTo(dates("1920-01-01", "1925-12-31"));
    assertThat(tree("date:1920-11..1921-03")).isEqualTo(dates("1920-11-01", "1921-03-31"));
    assertThat(tree("date:1920s..1930s")).isEqualTo(dates("1920-01-01", "1939-12-31"));
  }

  @Test
  void readsARangeOpenAtOneEnd() {
    assertThat(tree("date:..1920")).isEqualTo(dates("0001-01-01", "1920-12-31"));
    assertThat(tree("date:1920-11-16..")).isEqualTo(dates("1920-11-16", "9999-12-31"));
  }

  @Test
  void turnsARangeWrittenBackwardsAround() {
    assertThat(tree("date:1921-03..1920-11")).isEqualTo(dates("1920-11-01", "1921-03-31"));
    assertThat(notices("date:1921-03..1920-11"))
        .containsExactly("\"1921-03..1920-11\" ends before it begins; searched as date:1920-11..1921-03");
  }

  @Test
  void readsDatesAsArchivesWriteThem() {
    assertThat(tree("date:16.11.1920")).isEqualTo(dates("1920-11-16", "1920-11-16"));
    assertThat(tree("date:1920-1922")).isEqualTo(dates("1920-01-01", "1922-12-31"));
    assertThat(tree("date:\"16 November 1920\"")).isEqualTo(dates("1920-11-16", "1920-11-16"));
  }

  @Test
  void ignoresADateItCannotRead() {
    assertThat(tree("Stalin date:1920-13")).isEqualTo(term("Stalin"));
    assertThat(notices("Stalin date:1920-13"))
        .containsExactly("cannot read \"1920-13\" as a date, so it was left out of the search; " + FORMS);
    assertThat(notices("Stalin date:1920-02-30"))
        .containsExactly("cannot read \"1920-02-30\" as a date (February 1920 has 29 days), so it was left out of the"
            + " search; " + FORMS);
    assertThat(notices("Stalin date:yesterday"))
        .containsExactly("cannot read \"yesterday\" as a date, so it was left out of the search; " + FORMS);
    assertThat(notices("Stalin date:..")).containsExactly("cannot read \"..\" as a date, so it was left out of the search; " + FORMS);
    assertThat(notices("Stalin date:0000")).containsExactly("cannot read \"0000\" as a date, so it was left out of the search; " + FORMS);
  }

  @Test
  void saysWhenTheDateIsAllThereWasAndCouldNotBeRead() {
    assertThat(QueryParser.parse("date:1920-13").root()).isEmpty();
    assertThat(notices("date:1920-13")).containsExactly(
        "cannot read \"1920-13\" as a date, so it was left out of the search; " + FORMS,
        "nothing left to search for in \"date:1920-13\"; showing every document");
  }

  @Test
  void refusesDatesBeyondTheYear9999() {
    assertThat(notices("Stalin date:Y170000002")).containsExactly(
        "only dates from the year 1 to 9999 can be searched, so \"Y170000002\" was left out of the search");
  }

  @Test
  void excludesAndGroupsDates() {
    assertThat(tree("Stalin -date:1920")).isEqualTo(all(term("Stalin"), not(dates("1920-01-01", "1920-12-31"))));
    assertThat(tree("date:(1920 OR 1925)"))
        .isEqualTo(any(dates("1920-01-01", "1920-12-31"), dates("1925-01-01", "1925-12-31")));
  }
}

package org.opis.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opis.search.query.Trees.all;
import static org.opis.search.query.Trees.any;
import static org.opis.search.query.Trees.dates;
import static org.opis.search.query.Trees.not;
import static org.opis.search.query.Trees.phrase;
import static org.opis.search.query.Trees.prefix;
import static org.opis.search.query.Trees.term;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Query trees written back as text a reader can edit, and read again as the same tree. */
class QueryTextTest {

  @Test
  void writesEveryDocumentAsNothing() {
    assertThat(QueryText.of(QueryParser.parse("*"))).isEmpty();
  }

  @Test
  void writesWordsPhrasesAndPrefixesWithTheirFields() {
    assertThat(QueryText.of(all(term("Persia"), phrase(Field.PERSON, "Kuchuk Khan"), prefix(Field.TITLE, "negotiat"))))
        .isEqualTo("Persia person:\"Kuchuk Khan\" title:negotiat*");
  }

  @Test
  void writesAlternativesWithoutParenthesesAmongWordsThatMustAllMatch() {
    assertThat(QueryText.of(QueryParser.parse("(Tabriz OR Rasht) -Baku"))).isEqualTo("Tabriz OR Rasht -Baku");
    assertThat(QueryText.of(QueryParser.parse("a b OR c d"))).isEqualTo("a b OR c d");
  }

  @Test
  void parenthesisesWordsThatMustAllMatchAmongAlternatives() {
    assertThat(QueryText.of(any(all(term("Stalin"), term("Lenin")), term("Trotsky"))))
        .isEqualTo("(Stalin Lenin) OR Trotsky");
  }

  @Test
  void writesAnExclusionAmongAlternativesAlone() {
    assertThat(QueryText.of(any(all(not(term("Baku"))), term("Tabriz")))).isEqualTo("-Baku OR Tabriz");
  }

  @Test
  void writesAFieldBeforeParenthesesOnlyWhereTheyAreNeeded() {
    assertThat(QueryText.of(QueryParser.parse("place:(Tabriz OR Rasht)"))).isEqualTo("place:Tabriz OR place:Rasht");
    assertThat(QueryText.of(QueryParser.parse("-place:(Tabriz OR Rasht)"))).isEqualTo("-place:(Tabriz OR Rasht)");
    assertThat(QueryText.of(QueryParser.parse("place:(Tabriz Rasht) OR Baku"))).isEqualTo("place:(Tabriz Rasht) OR Baku");
    assertThat(QueryText.of(QueryParser.parse("-(place:Tabriz person:Stalin)"))).isEqualTo("-(place:Tabriz person:Stalin)");
  }

  @Test
  void writesTheOtherNamesOfFieldsAsTheirOwn() {
    assertThat(QueryText.of(QueryParser.parse("author:Stalin recipient:Lenin"))).isEqualTo("from:Stalin to:Lenin");
  }

  @Test
  void writesDatesInTheirShortestForm() {
    assertThat(QueryText.of(dates("1920-01-01", "1920-12-31"))).isEqualTo("date:1920");
    assertThat(QueryText.of(dates("1920-01-01", "1929-12-31"))).isEqualTo("date:1920s");
    assertThat(QueryText.of(dates("1920-11-01", "1920-11-30"))).isEqualTo("date:1920-11");
    assertThat(QueryText.of(dates("1920-11-16", "1920-11-16"))).isEqualTo("date:1920-11-16");
    assertThat(QueryText.of(dates("1920-11-01", "1921-03-31"))).isEqualTo("date:1920-11..1921-03");
    assertThat(QueryText.of(dates("1920-01-01", "1925-12-31"))).isEqualTo("date:1920..1925");
    assertThat(QueryText.of(dates("1920-11-16", "1920-11-18"))).isEqualTo("date:1920-11-16..1920-11-18");
    assertThat(QueryText.of(dates("0001-01-01", "1920-12-31"))).isEqualTo("date:..1920");
    assertThat(QueryText.of(dates("1920-11-16", "9999-12-31"))).isEqualTo("date:1920-11-16..");
    assertThat(QueryText.of(dates("0001-01-01", "9999-12-31"))).isEqualTo("date:0001..9999");
  }

  @Test
  void readsWhatItWritesAsTheSameTree() {
    List<String> queries = List.of(
        "a b OR c d", "(Tabriz OR Rasht) -Baku", "-Stalin", "-Baku OR Tabriz", "-(-Baku)",
        "\"customs cordons", "negotiat* a* Sta*lin", "person:\"Kuchuk Khan\" place:(Tabriz OR Rasht)",
        "-place:(Tabriz Rasht) OR (Stalin Lenin)", "title:(a (b OR c) -d) OR e", "date:1920s",
        "date:\"16 November 1920\"", "date:..1920 date:0001..9999", "http://x.org 10:30 Nº: :x title::x",
        "Persia NOT (Baku OR Tiflis)", "((a b) OR (c -d)) -(e OR f)", "-(-(-(a b)))", "x".repeat(150),
        "Stalin title:OR Lenin", "a | b && c", "person:-Stalin", "«Красная армия» میرزا کوچک خان 東京 🇮🇷");
    for (String query : queries) {
      QueryNode tree = QueryParser.parse(query).root().orElseThrow();
      assertThat(QueryParser.parse(QueryText.of(tree)).root()).as(query).contains(tree);
    }
  }

  @Test
  void writesTheLargestTreeItReadsWithinWhatItReads() {
    String longest = "x".repeat(QueryParser.LONGEST_WORD);
    String query = String.join("|", java.util.Collections.nCopies(QueryParser.MOST_CLAUSES,
        "NOT organisation:\"" + longest + "\""));
    QueryNode tree = QueryParser.parse(query).root().orElseThrow();
    String written = QueryText.of(tree);
    assertThat(written.length()).isLessThan(QueryParser.LONGEST_QUERY);
    assertThat(QueryParser.parse(written).root()).contains(tree);
  }
}

package org.opis.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opis.search.SearchFixture.day;
import static org.opis.search.SearchFixture.decade;
import static org.opis.search.SearchFixture.doc;
import static org.opis.search.SearchFixture.english;
import static org.opis.search.SearchFixture.month;
import static org.opis.search.SearchFixture.reference;
import static org.opis.search.SearchFixture.year;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opis.authority.AgentRef;
import org.opis.authority.PlaceRef;
import org.opis.record.CollectionRef;
import org.opis.record.DocumentBuilder;
import org.opis.record.Mentions;
import org.opis.search.SearchResult.FacetCount;

/** Facets, the year histogram, date filters, orders and pages. */
public interface FacetingContract extends SearchFixture {

  /** Documents dated to a day, a month, a year and a decade, and one undated. */
  default void datedEveryWay() {
    add(doc("day", "Telegram of a day").date(day("1920-11-16")),
        doc("month", "Telegram of a month").date(month("1920-11")),
        doc("year", "Telegram of a year").date(year(1920)),
        doc("decade", "Telegram of a decade").date(decade(192)),
        doc("later", "Telegram of a later year").date(year(1925)),
        doc("undated", "Telegram of no date"));
  }

  @Test
  default void countsEveryFacetOverEveryMatch() {
    Map<String, List<String>> lenin = Map.of("p1", List.of("Vladimir Lenin", "Lenin", "Ленин"));
    List<IndexEntry> entries = new ArrayList<>();
    for (int i = 1; i <= 60; i++) {
      var d = doc(Integer.toString(i), "Telegram number " + i).type(i % 3 == 0 ? "letter" : "telegram")
          .texts(List.of(english("Rasht " + i)))
          .sources(List.of(reference(i % 2 == 0 ? "RGASPI, f. 558, op. 11, d. 317" : "GARF, f. 5446, op. 1, d. 12")))
          .recipients(List.of(AgentRef.person("LENIN").withId("p1")))
          .mentions(new Mentions(List.of(), List.of(), List.of(PlaceRef.named("Place " + i))))
          .subjects(List.of("Iran")).collections(List.of(CollectionRef.titled("Iran and the Soviet Union")))
          .funders(List.of("MacArthur Foundation"));
      entries.add(IndexEntry.of(d.build(), 1, lenin));
    }
    apply(entries.toArray(IndexEntry[]::new));
    SearchResult result = search(SearchQuery.of("Rasht"));
    assertThat(result.total()).isEqualTo(60);
    assertThat(result.facets().get(Facet.TYPE)).containsExactly(new FacetCount("telegram", 40), new FacetCount("letter", 20));
    assertThat(result.facets().get(Facet.ARCHIVE)).containsExactly(new FacetCount("GARF", 30), new FacetCount("RGASPI", 30));
    assertThat(result.facets().get(Facet.PERSON)).containsExactly(new FacetCount("Vladimir Lenin", 60));
    assertThat(result.facets().get(Facet.LANGUAGE)).containsExactly(new FacetCount("en", 60));
    assertThat(result.facets().get(Facet.SUBJECT)).containsExactly(new FacetCount("Iran", 60));
    assertThat(result.facets().get(Facet.COLLECTION)).containsExactly(new FacetCount("Iran and the Soviet Union", 60));
    assertThat(result.facets().get(Facet.FUNDER)).containsExactly(new FacetCount("MacArthur Foundation", 60));
    assertThat(result.facets().get(Facet.PLACE)).hasSize(50).allMatch(c -> c.count() == 1);
  }

  @Test
  default void countsTheValuesADocumentHasNowAfterItChanges() {
    add(doc("1", "Telegram from Rasht").type("telegram"),
        doc("2", "Telegram from Rasht").type("telegram"),
        doc("3", "Telegram from Rasht").type("telegram"));
    assertThat(search(SearchQuery.of("Rasht")).facets().get(Facet.TYPE)).containsExactly(new FacetCount("telegram", 3));
    add(doc("1", "Letter from Rasht").type("letter"));
    assertThat(search(SearchQuery.of("Rasht")).facets().get(Facet.TYPE))
        .containsExactly(new FacetCount("telegram", 2), new FacetCount("letter", 1));
    add(doc("2", "Letter from Rasht").type("letter"), doc("4", "Report from Tabriz").type("report"));
    assertThat(search(SearchQuery.of("Rasht")).facets().get(Facet.TYPE))
        .containsExactly(new FacetCount("letter", 2), new FacetCount("telegram", 1));
  }

  @Test
  default void countsOnlyTheDocumentsTheFiltersLeave() {
    add(doc("1", "Telegram from Rasht").type("telegram").sources(List.of(reference("RGASPI, f. 558, op. 1, d. 1"))),
        doc("2", "Letter from Rasht").type("letter").sources(List.of(reference("RGASPI, f. 558, op. 1, d. 2"))),
        doc("3", "Letter from Rasht").type("letter").sources(List.of(reference("GARF, f. 1, op. 1, d. 2"))),
        doc("4", "Report from Rasht").type("report"));
    SearchResult letters = search(SearchQuery.of("Rasht").filter(Facet.TYPE, "letter"));
    assertThat(letters.total()).isEqualTo(2);
    assertThat(letters.facets().get(Facet.ARCHIVE)).containsExactly(new FacetCount("GARF", 1), new FacetCount("RGASPI", 1));
    SearchResult either = search(SearchQuery.of("Rasht").filter(Facet.TYPE, "letter", "telegram"));
    assertThat(SearchFixture.ids(either.hits())).containsExactlyInAnyOrder("1", "2", "3");
    SearchResult both = search(SearchQuery.of("Rasht").filter(Facet.TYPE, "letter").filter(Facet.ARCHIVE, "RGASPI"));
    assertThat(SearchFixture.ids(both.hits())).containsExactly("2");
    assertThat(both.facets().get(Facet.TYPE)).containsExactly(new FacetCount("letter", 1));
  }

  @Test
  default void countsOneArchiveOnceHoweverItsReferencesWriteIt() {
    add(doc("1", "Telegram from Rasht").sources(List.of(reference("RGASPI, f. 558, op. 1, d. 1"))),
        doc("2", "Telegram from Rasht").sources(List.of(reference("РГАСПИ. Ф. 558. Оп. 1. Д. 2"))),
        doc("3", "Report from Rasht").sources(List.of(reference("TNA, FO 371/52667"))),
        doc("4", "Report from Rasht").sources(List.of(reference("The National Archives, Kew, FO 371/52668"))),
        doc("5", "Report from Rasht").sources(List.of(reference("PRO, FO 371/52669"))),
        doc("6", "Cable from Rasht").sources(List.of(reference("National Archives of Australia, A1838, 175/10/1"))));

    SearchResult result = search(SearchQuery.of("Rasht"));

    assertThat(result.facets().get(Facet.ARCHIVE)).containsExactlyInAnyOrder(new FacetCount("RGASPI", 2),
        new FacetCount("The National Archives (UK)", 3), new FacetCount("National Archives of Australia", 1));
    // a link made when the facet listed the archive as one reference wrote it still finds it
    assertThat(search(SearchQuery.of("Rasht").filter(Facet.ARCHIVE, "TNA")).total()).isEqualTo(3);
    assertThat(search(SearchQuery.of("Rasht").filter(Facet.ARCHIVE, "RGASPI")).total()).isEqualTo(2);
    assertThat(search(SearchQuery.of("archive:РГАСПИ")).total()).isEqualTo(2);
    assertThat(search(SearchQuery.of("archive:PRO")).total()).isEqualTo(1);
  }

  @Test
  default void countsDocumentsByTheYearOfTheirEarliestDay() {
    datedEveryWay();
    SearchResult result = search(SearchQuery.of("telegram"));
    assertThat(result.years()).containsExactly(Map.entry(1920, 4L), Map.entry(1925, 1L));
  }

  @Test
  default void filtersByADayFindingEveryDateThatMayBeThatDay() {
    datedEveryWay();
    SearchResult result = search(SearchQuery.of("").between(LocalDate.of(1920, 11, 16), LocalDate.of(1920, 11, 16)));
    assertThat(SearchFixture.ids(result.hits())).containsExactlyInAnyOrder("day", "month", "year", "decade");
  }

  @Test
  default void ranksTheDocumentsOfTheDaySearchedAboveThoseThatOnlyMayBeOfIt() {
    // the coarsest first, so that the order they were indexed in cannot rank the day first
    add(doc("decade", "Telegram of a decade").date(decade(192)), doc("year", "Telegram of a year").date(year(1920)),
        doc("month", "Telegram of a month").date(month("1920-11")), doc("day", "Telegram of a day").date(day("1920-11-16")));
    for (String query : List.of("date:1920-11-16", "telegram date:1920-11-16")) {
      SearchResult result = search(SearchQuery.of(query));
      assertThat(SearchFixture.ids(result.hits())).as(query).hasSize(4).first().isEqualTo("day");
    }
    List<String> month = SearchFixture.ids(search(SearchQuery.of("date:1920-11")).hits());
    assertThat(month).as("a month").hasSize(4);
    assertThat(month.subList(0, 2)).as("a month").containsExactlyInAnyOrder("day", "month");
  }

  @Test
  default void filtersByAMonthAYearAndADecade() {
    datedEveryWay();
    assertThat(idsBetween("1920-12-01", "1920-12-31")).containsExactlyInAnyOrder("year", "decade");
    assertThat(idsBetween("1921-01-01", "1921-12-31")).containsExactlyInAnyOrder("decade");
    assertThat(idsBetween("1920-01-01", "1929-12-31")).containsExactlyInAnyOrder("day", "month", "year", "decade", "later");
    assertThat(idsBetween("1930-01-01", "1939-12-31")).isEmpty();
  }

  @Test
  default void filtersFromADayOnwardsOrUpToADay() {
    datedEveryWay();
    SearchResult from = search(SearchQuery.of("").between(LocalDate.of(1921, 1, 1), null));
    assertThat(SearchFixture.ids(from.hits())).containsExactlyInAnyOrder("decade", "later");
    SearchResult to = search(SearchQuery.of("").between(null, LocalDate.of(1920, 10, 31)));
    assertThat(SearchFixture.ids(to.hits())).containsExactlyInAnyOrder("year", "decade");
  }

  private List<String> idsBetween(String from, String to) {
    return SearchFixture.ids(search(SearchQuery.of("").between(LocalDate.parse(from), LocalDate.parse(to))).hits());
  }

  @Test
  default void ordersByDateEitherWayWithUndatedLast() {
    add(doc("a", "Telegram").date(year(1921)), doc("b", "Telegram"), doc("c", "Telegram").date(day("1919-05-01")),
        doc("d", "Telegram").date(month("1920-02")));
    SearchResult oldest = search(SearchQuery.of("telegram").orderedBy(SearchQuery.Order.DATE_ASCENDING));
    assertThat(SearchFixture.ids(oldest.hits())).containsExactly("c", "d", "a", "b");
    SearchResult newest = search(SearchQuery.of("telegram").orderedBy(SearchQuery.Order.DATE_DESCENDING));
    assertThat(SearchFixture.ids(newest.hits())).containsExactly("a", "d", "c", "b");
  }

  @Test
  default void ranksTheBestMatchFirst() {
    add(doc("1", "Report").texts(List.of(english("grain was short; Rasht asked for grain, grain and more grain"))),
        doc("2", "Report").texts(List.of(english("a long report on many things, among them grain, and also cotton,"
            + " silk, tea, rice, oil, horses, rifles, roads, bridges, schools and the telegraph line"))));
    assertThat(find("grain")).containsExactly("1", "2");
  }

  @Test
  default void pagesThroughResultsWithoutRepeatingOne() {
    DocumentBuilder[] telegrams = new DocumentBuilder[45];
    for (int i = 1; i <= 45; i++) {
      telegrams[i - 1] = doc(Integer.toString(i), "Telegram").date(day(LocalDate.of(1920, 1, 1).plusDays(i).toString()));
    }
    add(telegrams);
    SearchQuery query = SearchQuery.of("telegram").orderedBy(SearchQuery.Order.DATE_ASCENDING);
    SearchResult first = search(query.page(1, 20));
    SearchResult third = search(query.page(3, 20));
    assertThat(first.total()).isEqualTo(45);
    assertThat(first.hits()).hasSize(20);
    assertThat(SearchFixture.ids(third.hits())).containsExactly("41", "42", "43", "44", "45");
    assertThat(search(query.page(2, 50)).hits()).isEmpty();
    assertThat(search(query.page(1, 100)).hits()).hasSize(45);
  }

  @Test
  default void saysSoWhenAPageLiesPastTheLast() {
    add(doc("1", "Telegram"), doc("2", "Telegram"));
    SearchResult result = search(SearchQuery.of("telegram").page(3, 20));
    assertThat(result.hits()).isEmpty();
    assertThat(result.total()).isEqualTo(2);
    assertThat(result.notices()).containsExactly("there are 2 results, so page 3 is empty; the last page is 1");
  }

  @Test
  default void pagingBeyondTheWindowGivesAnEmptyPageAndANotice() {
    add(doc("1", "Telegram"), doc("2", "Letter"));
    SearchResult result = search(SearchQuery.of("").page(100_000, 100));
    assertThat(result.hits()).isEmpty();
    assertThat(result.total()).isEqualTo(2);
    assertThat(result.facets().get(Facet.TYPE)).isNotNull();
    assertThat(result.notices()).containsExactly("only the first 10,000 results can be paged through, and page"
        + " 100,000 lies beyond them; narrow the search with more words, a filter or dates");
    assertThat(search(SearchQuery.of("").page(Integer.MAX_VALUE, 100)).hits()).isEmpty();
  }

  @Test
  default void showsWhatAReaderNeedsToChooseAHit() {
    add(doc("1", "Telegram, Stalin to Lenin").type("telegram").date(day("1920-11-16"))
        .creators(List.of(AgentRef.person("Stalin"))).recipients(List.of(AgentRef.person("LENIN"),
            AgentRef.organisation("TsEKA"))));
    Hit hit = search(SearchQuery.of("Stalin")).hits().get(0);
    assertThat(hit.title()).isEqualTo("Telegram, Stalin to Lenin");
    assertThat(hit.date()).contains("1920-11-16");
    assertThat(hit.type()).contains("telegram");
    assertThat(hit.creators()).containsExactly("Stalin");
    assertThat(hit.recipients()).containsExactly("LENIN", "TsEKA");
  }

  @Test
  default void marksTheMatchedWordsInPassagesOfTextAndSummary() {
    add(doc("1", "Telegram").summary("Stalin writes about the forest.")
        .texts(List.of(english("Kuchuk-Khan fled into the forest, and Ehsanullah is occupying his place in Rasht."))));
    Hit hit = search(SearchQuery.of("Rasht")).hits().get(0);
    Snippet text = hit.snippets().get(0);
    assertThat(text.source()).isEqualTo("text");
    assertThat(text.text()).contains("occupying his place in Rasht");
    assertThat(text.parts()).contains(new Snippet.Part("Rasht", true));
    assertThat(text.parts()).filteredOn(Snippet.Part::match).extracting(Snippet.Part::text).containsOnly("Rasht");
    Hit forest = search(SearchQuery.of("forest")).hits().get(0);
    assertThat(forest.snippets()).extracting(Snippet::source).contains("text", "summary");
  }

  @Test
  default void marksTheSpellingASearchFoundBySound() {
    add(doc("1", "Telegram").texts(List.of(english("On Monday Chruschtschow met the ambassador."))));
    Snippet text = search(SearchQuery.of("Khrushchev")).hits().get(0).snippets().get(0);
    assertThat(text.parts()).filteredOn(Snippet.Part::match).extracting(Snippet.Part::text)
        .containsOnly("Chruschtschow");
  }

  @Test
  default void cutsALongPassageAroundItsMatch() {
    String words = "word ".repeat(400);
    add(doc("1", "Long").texts(List.of(english(words + "Rasht " + words))));
    Snippet snippet = search(SearchQuery.of("Rasht")).hits().get(0).snippets().get(0);
    assertThat(snippet.text().length()).isLessThanOrEqualTo(300);
    assertThat(snippet.parts()).contains(new Snippet.Part("Rasht", true));
  }

  @Test
  default void showsTheOpeningOfTheSummaryWhenNothingIsMarked() {
    add(doc("1", "Telegram").type("telegram").summary("Stalin writes about Persia."));
    Hit hit = search(SearchQuery.of("").filter(Facet.TYPE, "telegram")).hits().get(0);
    assertThat(hit.snippets()).containsExactly(new Snippet("summary", List.of(new Snippet.Part("Stalin writes about Persia.", false))));
  }
}

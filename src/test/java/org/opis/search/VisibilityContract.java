package org.opis.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opis.search.SearchFixture.doc;
import static org.opis.search.SearchFixture.english;
import static org.opis.search.SearchFixture.reference;
import static org.opis.search.SearchFixture.year;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opis.authority.AgentRef;
import org.opis.catalog.Viewer;
import org.opis.record.DocumentBuilder;
import org.opis.record.DocumentId;
import org.opis.record.Mentions;
import org.opis.record.Visibility;
import org.opis.search.SearchResult.FacetCount;

/**
 * Who sees what: restricted and embargoed documents are indexed, but no hit, total, facet,
 * year, suggestion, related or same-file document ever shows the public what it may not see.
 */
public interface VisibilityContract extends SearchFixture {
  LocalDate LIFTED = TODAY.plusDays(10);

  /** A public, a restricted and an embargoed document, all in one file, all naming Ehsanullah. */
  default void oneOfEach() {
    add(hidden("public", "letter", 1920).visibility(Visibility.PUBLIC),
        hidden("restricted", "memorandum", 1921).visibility(Visibility.RESTRICTED),
        hidden("embargoed", "report", 1922).visibility(Visibility.embargoedUntil(LIFTED)));
  }

  private static DocumentBuilder hidden(String id, String type, int year) {
    return doc(id, "Telegram about Ehsanullah").type(type).date(year(year))
        .texts(List.of(english("Ehsanullah occupies the place in Rasht; the " + id + " copy.")))
        .mentions(new Mentions(List.of(AgentRef.person("Ehsanullah"), AgentRef.person(id + " agent")), List.of(),
            List.of()))
        .sources(List.of(reference("RGASPI, f. 558, op. 11, d. 317, l. " + year)));
  }

  @Test
  default void showsThePublicNeitherRestrictedNorEmbargoedDocuments() {
    oneOfEach();
    SearchResult result = index().search(SearchQuery.of("Ehsanullah"), PUBLIC);
    assertThat(SearchFixture.ids(result.hits())).containsExactly("public");
    assertThat(result.total()).isEqualTo(1);
    assertThat(index().search(SearchQuery.of(""), PUBLIC).total()).isEqualTo(1);
  }

  @Test
  default void countsNoHiddenDocumentInFacetsOrYears() {
    oneOfEach();
    SearchResult result = index().search(SearchQuery.of("Ehsanullah"), PUBLIC);
    assertThat(result.facets().get(Facet.TYPE)).containsExactly(new FacetCount("letter", 1));
    assertThat(result.facets().get(Facet.PERSON)).extracting(FacetCount::value)
        .containsExactlyInAnyOrder("Ehsanullah", "public agent");
    assertThat(result.years()).containsExactly(Map.entry(1920, 1L));
    SearchResult filtered = index().search(SearchQuery.of("").filter(Facet.TYPE, "memorandum"), PUBLIC);
    assertThat(filtered.total()).isZero();
    assertThat(filtered.facets().get(Facet.TYPE)).isEmpty();
  }

  @Test
  default void countsExactlyWhenASearchMatchesNearlyEverythingAndSomeIsHidden() {
    List<DocumentBuilder> docs = new java.util.ArrayList<>();
    for (int i = 0; i < 9; i++) {
      docs.add(hidden("public" + i, "letter", 1920 + i % 3).visibility(Visibility.PUBLIC));
    }
    docs.add(hidden("restricted", "memorandum", 1921).visibility(Visibility.RESTRICTED));
    docs.add(hidden("embargoed", "report", 1922).visibility(Visibility.embargoedUntil(LIFTED)));
    docs.add(doc("other", "Minutes of the Politburo").type("minutes").date(year(1923)));
    add(docs.toArray(DocumentBuilder[]::new));
    for (int asked = 0; asked < 2; asked++) { // the second time from what the first worked out
      SearchResult result = index().search(SearchQuery.of("Rasht"), PUBLIC);
      assertThat(result.total()).isEqualTo(9);
      assertThat(result.facets().get(Facet.TYPE)).containsExactly(new FacetCount("letter", 9));
      assertThat(result.years()).containsExactly(Map.entry(1920, 3L), Map.entry(1921, 3L), Map.entry(1922, 3L));
      SearchResult editors = index().search(SearchQuery.of("Rasht"), EDITOR);
      assertThat(editors.total()).isEqualTo(11);
      assertThat(editors.facets().get(Facet.TYPE)).containsExactly(new FacetCount("letter", 9),
          new FacetCount("memorandum", 1), new FacetCount("report", 1));
    }
    add(doc("public0", "Minutes of the Politburo").type("minutes").date(year(1923)));
    SearchResult changed = index().search(SearchQuery.of("Rasht"), PUBLIC);
    assertThat(changed.total()).isEqualTo(8);
    assertThat(changed.facets().get(Facet.TYPE)).containsExactly(new FacetCount("letter", 8));
  }

  @Test
  default void showsAnEditorEverything() {
    oneOfEach();
    SearchResult result = index().search(SearchQuery.of("Ehsanullah"), EDITOR);
    assertThat(result.total()).isEqualTo(3);
    assertThat(result.years()).containsExactly(Map.entry(1920, 1L), Map.entry(1921, 1L), Map.entry(1922, 1L));
  }

  @Test
  default void liftsAnEmbargoOnItsDayWithoutReindexing() {
    oneOfEach();
    assertThat(SearchFixture.ids(index().search(SearchQuery.of("Ehsanullah"), Viewer.publicOn(LIFTED.minusDays(1))).hits()))
        .containsExactly("public");
    assertThat(SearchFixture.ids(index().search(SearchQuery.of("Ehsanullah"), Viewer.publicOn(LIFTED)).hits()))
        .containsExactlyInAnyOrder("public", "embargoed");
  }

  @Test
  default void neverOffersThePublicAHiddenDocumentAsRelatedOrInTheSameFile() {
    oneOfEach();
    DocumentId pub = new DocumentId("public");
    assertThat(index().related(pub, PUBLIC, 10)).isEmpty();
    assertThat(index().sameFile(pub, PUBLIC, 10)).isEmpty();
    assertThat(SearchFixture.ids(index().related(pub, EDITOR, 10))).containsExactlyInAnyOrder("restricted", "embargoed");
    assertThat(SearchFixture.ids(index().sameFile(pub, EDITOR, 10))).containsExactly("restricted", "embargoed");
    assertThat(SearchFixture.ids(index().sameFile(pub, Viewer.publicOn(LIFTED), 10))).containsExactly("embargoed");
  }

  @Test
  default void saysNothingToThePublicAboutAHiddenDocument() {
    oneOfEach();
    DocumentId restricted = new DocumentId("restricted");
    assertThat(index().related(restricted, PUBLIC, 10)).isEmpty();
    assertThat(index().sameFile(restricted, PUBLIC, 10)).isEmpty();
  }

  @Test
  default void neverSuggestsAWordOnlyHiddenDocumentsHold() {
    add(doc("1", "Letter about Rasht"),
        doc("2", "Memorandum about Kuchuk").visibility(Visibility.RESTRICTED));
    SearchResult result = index().search(SearchQuery.of("Kuchik"), PUBLIC);
    assertThat(result.total()).isZero();
    assertThat(result.suggestion()).isEmpty();
    assertThat(index().search(SearchQuery.of("Kuchik"), EDITOR).suggestion()).contains("kuchuk");
  }
}

package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opis.search.Facet;
import org.opis.search.SearchQuery;

class LooserSearchesTest {
  private static SearchRequest words(String text) {
    return new SearchRequest(text, Map.of(), Optional.empty(), Optional.empty(), SearchQuery.Order.RELEVANCE, 1, 20);
  }

  private static List<String> labels(SearchRequest request) {
    return LooserSearches.of(request).stream().map(SearchView.Option::label).toList();
  }

  @Test
  void offersAnyOfPlainWordsAndNothingForOneWord() {
    assertThat(labels(words("Kuchuk   Khan Zebra"))).containsExactly("\u201cKuchuk OR Khan OR Zebra\u201d, with any of the words");
    assertThat(LooserSearches.of(words("Kuchuk"))).isEmpty();
  }

  @Test
  void offersTheWordsWithoutTheirFiltersAndDatesKeepingTheOrder() {
    SearchRequest filtered = words("Kuchuk").adding(Facet.TYPE, "letter").between(Optional.of(TypedDate.year(1920)),
        Optional.empty()).orderedBy(SearchQuery.Order.DATE_ASCENDING);

    assertThat(LooserSearches.of(filtered)).containsExactly(new SearchView.Option(
        "\u201cKuchuk\u201d in all documents, without the filters", "/search?q=Kuchuk&order=oldest", false));
  }

  @Test
  void offersThePhraseAsSeparateWordsWhateverItsQuotationMarks() {
    assertThat(labels(words("\u201eKuchuk Khan\u201c \u00abRasht\u00bb \"Gilan")))
        .startsWith("\u201cKuchuk Khan Rasht Gilan\u201d, without the quotation marks");
    assertThat(labels(words("\"Kuchuk Khan\""))).containsExactly("\u201cKuchuk Khan\u201d, without the quotation marks");
  }

  @Test
  void offersTheSearchWithoutWordsExcludedByAMinusOrNot() {
    assertThat(LooserSearches.of(words("Kuchuk -Rasht NOT forest -\"customs cordons\" well-known")))
        .extracting(SearchView.Option::link)
        .containsExactly("/search?q=Kuchuk+-Rasht+-forest+-%28customs+cordons%29+well-known",
            "/search?q=Kuchuk+well-known");
  }

  @Test
  void readsExclusionsAsTheIndexDoesGroupsAndFieldsIncluded() {
    assertThat(labels(words("(Tabriz OR Rasht) -place:(Baku OR Tiflis)")))
        .containsExactly("\u201cTabriz OR Rasht\u201d, without the excluded words");
    assertThat(labels(words("-Baku OR Tabriz"))).containsExactly("All documents, without the excluded words");
    assertThat(labels(words("person:\"Kuchuk Khan\" Rasht")))
        .startsWith("\u201cperson:Kuchuk person:Khan Rasht\u201d, without the quotation marks");
  }

  @Test
  void offersEveryDocumentWhenOnlyExclusionsWereTyped() {
    assertThat(labels(words("-Rasht"))).containsExactly("All documents, without the excluded words");
  }
}

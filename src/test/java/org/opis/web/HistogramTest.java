package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.opis.search.SearchQuery;

class HistogramTest {
  private static final SearchRequest KUCHUK = new SearchRequest("Kuchuk", Map.of(), Optional.empty(),
      Optional.empty(), SearchQuery.Order.RELEVANCE, 3, 20);

  private static Histogram of(Map<Integer, Long> years) {
    return Histogram.of(new TreeMap<>(years), KUCHUK).orElseThrow();
  }

  @Test
  void drawsNothingWhenNoResultHasADate() {
    assertThat(Histogram.of(new TreeMap<>(), KUCHUK)).isEmpty();
  }

  @Test
  void drawsABarAYearWithEmptyYearsBetweenLinkingEachToItsYearFromTheFirstPage() {
    Histogram h = of(Map.of(1917, 1L, 1920, 4L));

    assertThat(h.bars()).extracting(Histogram.Bar::label).containsExactly("1917", "1918", "1919", "1920");
    assertThat(h.bars().get(0).link()).contains("/search?q=Kuchuk&from=1917&to=1917");
    assertThat(h.bars().get(1).link()).isEmpty();
    assertThat(h.bars().get(3).description()).isEqualTo("1920: 4 documents");
    assertThat(h.bars().get(0).description()).isEqualTo("1917: 1 document");
  }

  @Test
  void drawsEachBarInProportionToTheFullestNeverTooSmallToSee() {
    Histogram h = of(Map.of(1900, 1000L, 1901, 1L, 1902, 500L));

    assertThat(List.of(h.height(0), h.height(1), h.height(2))).containsExactly(100, 2, 50);
    assertThat(List.of(h.x(0), h.x(1), h.x(2))).containsExactly(1, 11, 21);
    assertThat(h.width()).isEqualTo(30);
  }

  @Test
  void groupsYearsIntoDecadesWhenTheySpanMoreThanSixtyYears() {
    Histogram h = of(Map.of(1905, 2L, 1909, 1L, 1987, 3L));

    assertThat(h.bars()).hasSize(9);
    assertThat(h.bars().get(0)).isEqualTo(new Histogram.Bar("1900s", 3, Optional.of("/search?q=Kuchuk&from=1900s&to=1900s")));
    assertThat(h.bars().get(8).label()).isEqualTo("1980s");
  }

  @Test
  void groupsDecadesIntoCenturiesWhenTheySpanMoreThanSixHundredYears() {
    Histogram h = of(Map.of(1204, 1L, 1920, 5L, 1921, 1L));

    assertThat(h.bars()).hasSize(8);
    assertThat(h.bars().get(7)).isEqualTo(new Histogram.Bar("1900\u20131999", 6,
        Optional.of("/search?q=Kuchuk&from=1900&to=1999")));
  }

  @Test
  void drawsButDoesNotLinkYearsThatCannotBeTypedAsDates() {
    Histogram h = of(Map.of(44, 1L, 60, 2L));

    assertThat(h.bars().get(0).description()).isEqualTo("44: 1 document");
    assertThat(h.bars()).allMatch(b -> b.link().isEmpty());
  }
}

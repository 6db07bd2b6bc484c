package org.opis.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WorkloadTest {
  private static final List<String> DOCUMENTS = List.of("1", "synthetic-1920-7", "synthetic-1920-8");
  private static final List<String> WORDS = List.of("telegram", "moscow", "переговоры");

  @Test
  void drawsEachKindInItsShareOfTheRequests() {
    Workload workload = new Workload(DOCUMENTS, WORDS, Optional.of("1~1"));
    Map<Workload.Kind, Integer> drawn = new EnumMap<>(Workload.Kind.class);
    Random random = new Random(7);
    int draws = 20_000;
    for (int i = 0; i < draws; i++) {
      drawn.merge(workload.next(random).kind(), 1, Integer::sum);
    }
    for (Workload.Kind k : Workload.Kind.values()) {
      assertThat(100.0 * drawn.getOrDefault(k, 0) / draws).as(k.label()).isCloseTo(k.share, org.assertj.core.data.Offset.offset(1.5));
    }
  }

  @Test
  void asksOnlyForWhatTheArchiveHolds() {
    Workload workload = new Workload(DOCUMENTS, WORDS, Optional.of("1~1"));
    Random random = new Random(8);
    for (int i = 0; i < 2_000; i++) {
      Workload.Request r = workload.next(random);
      switch (r.kind()) {
        case DOCUMENT_PAGE, API_DOCUMENT -> assertThat(DOCUMENTS).anyMatch(d -> r.path().endsWith("/" + d));
        case SEARCH_PAGE, API_SEARCH -> assertThat(r.path()).containsPattern("q=(telegram|moscow|%D0)");
        case IIIF_MANIFEST -> assertThat(r.path()).isEqualTo("/iiif/3/documents/1/manifest.json");
        case IIIF_INFO, IIIF_TILE, IIIF_VIEW -> assertThat(r.path()).startsWith("/iiif/3/1~1/");
        case BROWSE_PAGE -> assertThat(r.path()).isEqualTo("/browse?page=1");
      }
    }
  }

  @Test
  void anArchiveWithoutOriginalsIsAskedForNoImages() {
    Workload workload = new Workload(DOCUMENTS, WORDS, Optional.empty());
    Random random = new Random(9);
    for (int i = 0; i < 2_000; i++) {
      assertThat(workload.next(random).path()).doesNotStartWith("/iiif/");
    }
  }

  @Test
  void needsDocumentsAndWords() {
    assertThatThrownBy(() -> new Workload(List.of(), WORDS, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Workload(DOCUMENTS, List.of(), Optional.empty())).isInstanceOf(IllegalArgumentException.class);
  }
}

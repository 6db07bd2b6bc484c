package org.opis.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.opis.authority.AgentRef;
import org.opis.catalog.Change;
import org.opis.problem.StorageException;
import org.opis.record.Document;
import org.opis.record.DocumentId;

/** Rebuilding the index from the catalog, as {@code opis reindex} does. */
class RebuildTest extends IndexerFixture {

  @Test
  void indexesEveryDocumentAndRecordsThePositionOnlyAtTheEnd() {
    saveReports(1_203);
    Document stale = Document.titled("Stale").id(new DocumentId("5000")).build();
    index.apply(List.of(IndexEntry.of(stale, 1, Map.of())), 7);
    List<String> told = new ArrayList<>();

    assertThat(indexer.rebuild((done, total) -> told.add(done + "/" + total))).isEqualTo(1_203);

    assertThat(index.held()).isEqualTo(inCatalog()).hasSize(1_203);
    assertThat(told).containsExactly("500/1203", "1000/1203", "1203/1203");
    List<MemoryIndex.Applied> calls = index.applied().subList(1, index.applied().size());
    assertThat(calls).extracting(MemoryIndex.Applied::position).containsExactly(0L, 0L, catalog.position());
    assertThat(calls).extracting(a -> a.entries().size()).containsExactly(500, 500, 203);
    assertThat(index.consolidated()).isEqualTo(1);
  }

  @Test
  void indexesTheNamesOfEveryRecordAsARebuildToo() {
    save(Document.titled("Telegram").creators(List.of(AgentRef.person("Stalin"))).build());
    save(Document.titled("Report").creators(List.of(AgentRef.person("Сталин"))).build());
    indexer.rebuild(Indexer.Progress.NONE);
    assertThat(index.get("1").orElseThrow().authorityNames())
        .isEqualTo(Map.of("stalin", List.of("Stalin", "Сталин")));
  }

  @Test
  void endsWithEveryDocumentAsItIsWhenDocumentsAreSavedDuringTheRebuild() {
    saveReports(1_203);
    AtomicInteger calls = new AtomicInteger();
    // between the index's writes, an editor corrects a document already indexed, corrects one
    // not yet read, and adds new ones
    index.beforeEachApply(() -> {
      int call = calls.incrementAndGet();
      if (call <= 2) {
        catalog.write(Change.by("editor:anna", "during the rebuild " + call), w -> {
          w.save(Document.titled("Report 1, corrected " + call).id(new DocumentId("1")).build());
          w.save(Document.titled("Report 1200, corrected " + call).id(new DocumentId("1200")).build());
          w.save(Document.titled("New during the rebuild " + call).build());
          return null;
        });
      }
    });

    indexer.rebuild(Indexer.Progress.NONE);

    assertThat(index.held()).isEqualTo(inCatalog()).hasSize(1_205).contains("1@3", "1200@3");
    assertThat(index.get("1").orElseThrow().document().title()).isEqualTo("Report 1, corrected 2");
    assertThat(index.position()).isEqualTo(catalog.position());
  }

  @Test
  void leavesPositionZeroWhenKilledHalfWaySoTheNextCatchUpReplaysEverything() {
    saveReports(1_203);
    indexer.catchUp();
    AtomicInteger calls = new AtomicInteger();
    // the process dies in the middle of the second write: the index is gone with it
    index.beforeEachApply(() -> {
      if (calls.incrementAndGet() == 2) {
        index.broken(true);
        throw new StorageException("could not write the search index: killed", null);
      }
    });

    assertThatThrownBy(() -> indexer.rebuild(Indexer.Progress.NONE)).isInstanceOf(StorageException.class);
    assertThat(index.position()).isZero();
    assertThat(index.held()).hasSize(500);

    index.beforeEachApply(() -> {});
    index.broken(false);
    new Indexer(catalog, index).catchUp();
    assertThat(index.held()).isEqualTo(inCatalog()).hasSize(1_203);
    assertThat(index.position()).isEqualTo(catalog.position());
  }

  @Test
  void leavesOutADocumentTheIndexRefusesAndFinishes() {
    saveReports(1_203);
    index.refuse("700");

    assertThat(indexer.rebuild(Indexer.Progress.NONE)).isEqualTo(1_203);

    assertThat(index.held()).hasSize(1_202).doesNotContain("700@1");
    assertThat(index.position()).isEqualTo(catalog.position());
  }

  @Test
  void rebuildsAnEmptyCatalogToAnEmptyIndex() {
    assertThat(indexer.rebuild(Indexer.Progress.NONE)).isZero();
    assertThat(index.held()).isEmpty();
    assertThat(index.position()).isZero();
  }
}

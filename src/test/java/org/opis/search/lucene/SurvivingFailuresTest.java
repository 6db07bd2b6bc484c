package org.opis.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.store.FilterDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.catalog.Viewer;
import org.opis.problem.StorageException;
import org.opis.record.Document;
import org.opis.record.DocumentId;
import org.opis.record.Text;
import org.opis.record.TextKind;
import org.opis.search.IndexEntry;
import org.opis.search.Indexer;
import org.opis.search.SearchQuery;

/** What the Lucene index holds after a change fails part-way, and who may open it. */
class SurvivingFailuresTest {
  private static final Viewer EDITOR = Viewer.editorOn(LocalDate.of(2026, 3, 1));

  @TempDir
  Path folder;

  @Test
  void rollsBackAChangeThatFailsHalfWay() {
    try (LuceneSearchIndex index = LuceneSearchIndex.open(folder)) {
      index.apply(List.of(entry("1", "Telegram about Rasht")), 1);
      Document uncatalogued = Document.titled("Telegram about Tabriz").build();
      IndexEntry broken = new IndexEntry(new DocumentId("3"), Optional.of(new IndexEntry.Indexed(uncatalogued, 1, Map.of())));
      assertThatThrownBy(() -> index.apply(List.of(entry("2", "Letter about Tabriz"), broken), 2))
          .isInstanceOf(StorageException.class)
          .hasMessageStartingWith("cannot apply 2 changes up to outbox position 2 to the search index in ");
      assertThat(index.position()).isEqualTo(1);
      assertThat(index.search(SearchQuery.of("Tabriz"), EDITOR).total()).isZero();
      index.apply(List.of(entry("4", "Minutes about Baku")), 2);
      assertThat(index.search(SearchQuery.of(""), EDITOR).total()).isEqualTo(2);
    }
    try (LuceneSearchIndex index = LuceneSearchIndex.open(folder)) {
      assertThat(index.position()).isEqualTo(2);
      assertThat(index.search(SearchQuery.of("Tabriz"), EDITOR).total()).isZero();
    }
  }

  @Test
  void findsNamesBySoundWrittenAfterAChangeThatFailedHalfWay() {
    try (LuceneSearchIndex index = LuceneSearchIndex.open(folder)) {
      index.apply(List.of(written("1", "Khrushchev wrote.")), 1);
      assertThat(index.search(SearchQuery.of("Chruschtschow"), EDITOR).total()).isEqualTo(1);
      Document uncatalogued = Document.titled("Telegram about Tabriz").build();
      IndexEntry broken = new IndexEntry(new DocumentId("3"), Optional.of(new IndexEntry.Indexed(uncatalogued, 1, Map.of())));
      assertThatThrownBy(() -> index.apply(List.of(written("2", "Mosaddeq wrote."), broken), 2))
          .isInstanceOf(StorageException.class);
      assertThat(index.search(SearchQuery.of("Mossadegh"), EDITOR).total()).isZero();
      index.apply(List.of(written("4", "Mosaddeq wrote."), written("5", "Chruschtschow schrieb.")), 2);
      assertThat(index.search(SearchQuery.of("Mossadegh"), EDITOR).total()).isEqualTo(1);
      assertThat(index.search(SearchQuery.of("Khrushchev"), EDITOR).total()).isEqualTo(2);
    }
  }

  @Test
  void releasesTheFolderWhenItsLastCommitFailsOnClosing() {
    AtomicBoolean diskFails = new AtomicBoolean();
    LuceneSearchIndex index = LuceneSearchIndex.open(folder, directory -> new FilterDirectory(directory) {
      @Override
      public void sync(Collection<String> names) throws IOException {
        if (diskFails.get()) {
          throw new IOException("No space left on device");
        }
        super.sync(names);
      }
    });
    index.apply(List.of(entry("1", "Telegram about Rasht")), 1);
    List<IndexEntry> fullBatch = new ArrayList<>();
    for (int i = 2; i < 2 + Indexer.BATCH; i++) {
      fullBatch.add(entry(Integer.toString(i), "Letter about Tabriz " + i));
    }
    index.apply(fullBatch, 2);
    diskFails.set(true);
    assertThatThrownBy(index::close)
        .isInstanceOf(StorageException.class)
        .hasMessageStartingWith("cannot close the search index in " + folder)
        .hasMessageContaining("up to outbox position 2, failed");
    try (LuceneSearchIndex reopened = LuceneSearchIndex.open(folder)) {
      assertThat(reopened.position()).isEqualTo(1);
      assertThat(reopened.search(SearchQuery.of("Rasht"), EDITOR).total()).isEqualTo(1);
      assertThat(reopened.search(SearchQuery.of("Tabriz"), EDITOR).total()).isZero();
    }
  }

  @Test
  void refusesAFolderAnotherIndexHolds() {
    try (LuceneSearchIndex first = LuceneSearchIndex.open(folder)) {
      assertThatThrownBy(() -> LuceneSearchIndex.open(folder))
          .isInstanceOf(StorageException.class)
          .hasMessage("the search index in " + folder + " is in use by another Opis");
      assertThat(first.position()).isZero();
    }
  }

  @Test
  void startsAfreshAnIndexWrittenWithCardsOfAnEarlierLayout() throws Exception {
    try (LuceneSearchIndex index = LuceneSearchIndex.open(folder)) {
      index.apply(List.of(entry("1", "Telegram about Rasht")), 7);
    }
    try (org.apache.lucene.store.Directory directory = org.apache.lucene.store.FSDirectory.open(folder);
        org.apache.lucene.index.IndexWriter writer = new org.apache.lucene.index.IndexWriter(directory,
            new org.apache.lucene.index.IndexWriterConfig())) {
      writer.setLiveCommitData(Map.of(Shelf.POSITION, "7", Shelf.LAYOUT, "1").entrySet());
      writer.commit();
    }
    try (LuceneSearchIndex index = LuceneSearchIndex.open(folder)) {
      assertThat(index.position()).isZero();
      assertThat(index.search(SearchQuery.of(""), EDITOR).total()).isZero();
    }
  }

  @Test
  void consolidatesIntoOneSegmentKeepingEveryDocumentAndThePosition() throws Exception {
    try (LuceneSearchIndex index = LuceneSearchIndex.open(folder)) {
      for (int batch = 1; batch <= 3; batch++) {
        index.apply(List.of(entry(Integer.toString(batch), "Telegram about Rasht " + batch)), batch);
      }
      index.consolidate();
      assertThat(index.position()).isEqualTo(3);
      assertThat(index.search(SearchQuery.of("Rasht"), EDITOR).total()).isEqualTo(3);
    }
    try (org.apache.lucene.store.Directory directory = org.apache.lucene.store.FSDirectory.open(folder)) {
      assertThat(org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).size()).isEqualTo(1);
    }
  }

  @Test
  void commitsARunOfFullBatchesWhenSettledNotBatchByBatch() throws Exception {
    try (LuceneSearchIndex index = LuceneSearchIndex.open(folder)) {
      index.apply(fullBatch(0, "Telegram about Rasht"), 1);
      index.apply(fullBatch(Indexer.BATCH, "Letter about Rasht"), 2);
      assertThat(index.position()).isEqualTo(2);
      assertThat(committedPosition()).isEqualTo("0");

      index.settle();
      assertThat(committedPosition()).isEqualTo("2");
      assertThat(index.search(SearchQuery.of("Rasht"), EDITOR).total()).isEqualTo(2 * Indexer.BATCH);
    }
  }

  @Test
  void undoesOnlyTheFailedBatchOfARunNotYetCommitted() {
    try (LuceneSearchIndex index = LuceneSearchIndex.open(folder)) {
      index.apply(fullBatch(0, "Telegram about Rasht"), 1);
      Document uncatalogued = Document.titled("Telegram about Tabriz").build();
      IndexEntry broken = new IndexEntry(new DocumentId("x"), Optional.of(new IndexEntry.Indexed(uncatalogued, 1, Map.of())));
      List<IndexEntry> failing = new java.util.ArrayList<>(fullBatch(Indexer.BATCH, "Letter about Tabriz"));
      failing.set(Indexer.BATCH / 2, broken);
      assertThatThrownBy(() -> index.apply(failing, 2)).isInstanceOf(StorageException.class);

      assertThat(index.position()).isEqualTo(1);
      assertThat(index.search(SearchQuery.of("Rasht"), EDITOR).total()).isEqualTo(Indexer.BATCH);
      assertThat(index.search(SearchQuery.of("Tabriz"), EDITOR).total()).isZero();
    }
    try (LuceneSearchIndex index = LuceneSearchIndex.open(folder)) {
      assertThat(index.position()).isEqualTo(1);
      assertThat(index.search(SearchQuery.of("Rasht"), EDITOR).total()).isEqualTo(Indexer.BATCH);
    }
  }

  private static List<IndexEntry> fullBatch(int first, String title) {
    return java.util.stream.IntStream.range(first, first + Indexer.BATCH)
        .mapToObj(i -> entry(Integer.toString(i + 1), title + " " + i)).toList();
  }

  private String committedPosition() throws Exception {
    try (org.apache.lucene.store.Directory directory = org.apache.lucene.store.FSDirectory.open(folder)) {
      return org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).getUserData().get(Shelf.POSITION);
    }
  }

  // a document whose text names someone, found by sound only in its text
  private static IndexEntry written(String id, String text) {
    return IndexEntry.of(Document.titled("Letter " + id).id(new DocumentId(id))
        .texts(List.of(new Text(TextKind.TRANSCRIPTION, "en", List.of(), text, List.of()))).build(), 1, Map.of());
  }

  private static IndexEntry entry(String id, String title) {
    return IndexEntry.of(Document.titled(title).id(new DocumentId(id)).build(), 1, Map.of());
  }
}

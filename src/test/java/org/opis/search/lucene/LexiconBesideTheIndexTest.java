package org.opis.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.catalog.Viewer;
import org.opis.record.Document;
import org.opis.record.DocumentId;
import org.opis.record.Text;
import org.opis.record.TextKind;
import org.opis.search.IndexEntry;
import org.opis.search.SearchQuery;

/** Names by sound come from the lexicon kept in the index's folder: what a reader finds across its life. */
class LexiconBesideTheIndexTest {
  private static final Viewer EDITOR = Viewer.editorOn(LocalDate.of(2026, 3, 1));

  @TempDir
  Path folder;

  @Test
  void findsANameBySoundInAnIndexReopened() {
    try (LuceneSearchIndex index = LuceneSearchIndex.open(folder)) {
      index.apply(List.of(entry("1", "Chruschtschow kam am Morgen."), entry("2", "Gromyko kam am Abend.")), 1);
      assertThat(ids(index, "Khrushchev")).containsExactly("1");
    }
    try (LuceneSearchIndex index = LuceneSearchIndex.open(folder)) {
      assertThat(ids(index, "Khrushchev")).containsExactly("1");
      index.apply(List.of(entry("3", "Хрущёв прибыл.")), 2);
      assertThat(ids(index, "Chruschtschow")).containsExactlyInAnyOrder("1", "3");
    }
  }

  @Test
  void filesTheLexiconAgainFromTheCardsWhenItsFolderIsLost() throws IOException {
    try (LuceneSearchIndex index = LuceneSearchIndex.open(folder)) {
      index.apply(List.of(entry("1", "Mosaddeq spoke to the Majlis."), entry("2", "Musaddiq resigned.")), 1);
    }
    try (Stream<Path> lexicon = Files.walk(folder.resolve(Shelf.LEXICON))) {
      for (Path p : lexicon.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    try (LuceneSearchIndex index = LuceneSearchIndex.open(folder)) {
      assertThat(index.position()).isEqualTo(1);
      assertThat(ids(index, "Mossadegh")).containsExactlyInAnyOrder("1", "2");
    }
  }

  @Test
  void filesAnUnreadableLexiconAgainFromTheCardsKeepingTheIndex() throws IOException {
    try (LuceneSearchIndex index = LuceneSearchIndex.open(folder)) {
      index.apply(List.of(entry("1", "Mosaddeq spoke to the Majlis."), entry("2", "Musaddiq resigned.")), 7);
    }
    try (Stream<Path> files = Files.walk(folder.resolve(Shelf.LEXICON)).filter(Files::isRegularFile)) {
      for (Path f : files.toList()) {
        Files.writeString(f, "these are the minutes of the meeting, not a lexicon");
      }
    }
    try (LuceneSearchIndex index = LuceneSearchIndex.open(folder)) {
      assertThat(index.position()).isEqualTo(7);
      assertThat(ids(index, "Mossadegh")).containsExactlyInAnyOrder("1", "2");
    }
  }

  @Test
  void forgetsNoNameOfADocumentReindexedAfterTheIndexWasCleared() {
    try (LuceneSearchIndex index = LuceneSearchIndex.open(folder)) {
      index.apply(List.of(entry("1", "Ihsanullah wrote from Rasht.")), 1);
      index.clear();
      index.apply(List.of(entry("1", "Ihsanullah wrote from Rasht.")), 1);
      assertThat(ids(index, "Ehsanullah")).containsExactly("1");
    }
  }

  private static List<String> ids(LuceneSearchIndex index, String typed) {
    return index.search(SearchQuery.of(typed), EDITOR).hits().stream().map(h -> h.id().value()).toList();
  }

  private static IndexEntry entry(String id, String text) {
    Document d = Document.titled("Telegram " + id).id(new DocumentId(id))
        .texts(List.of(new Text(TextKind.TRANSCRIPTION,
            text.contains(" kam ") ? "de" : text.contains("прибыл") ? "ru" : "en", List.of(), text, List.of())))
        .build();
    return IndexEntry.of(d, 1, Map.of());
  }
}

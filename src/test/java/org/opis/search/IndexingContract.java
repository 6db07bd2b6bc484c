package org.opis.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opis.search.SearchFixture.doc;
import static org.opis.search.SearchFixture.english;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opis.record.DocumentId;
import org.opis.record.SampleDocuments;
import org.opis.record.Text;
import org.opis.record.TextKind;
import org.opis.record.Visibility;

/** Keeping the index: adding, replacing and removing documents, the outbox position, clearing. */
public interface IndexingContract extends SearchFixture {

  @Test
  default void startsEmptyAtPositionZero() {
    assertThat(index().position()).isZero();
    assertThat(search(SearchQuery.of("")).total()).isZero();
    assertThat(indexed()).isEmpty();
  }

  @Test
  default void findsADocumentWithinASecondOfApplyingIt() throws InterruptedException {
    index().apply(List.of(IndexEntry.of(doc("1", "Telegram from Vladikavkaz").build(), 1, Map.of())), 1);
    long deadline = System.nanoTime() + 1_000_000_000L;
    while (find("Vladikavkaz").isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(find("Vladikavkaz")).containsExactly("1");
  }

  @Test
  default void findsTheDocumentsOfAFullBatchWithinASecondWithoutSettling() throws InterruptedException {
    List<IndexEntry> batch = new java.util.ArrayList<>();
    for (int i = 1; i <= Indexer.BATCH; i++) {
      batch.add(IndexEntry.of(doc(Integer.toString(i), "Telegram " + i + " from Vladikavkaz").build(), 1, Map.of()));
    }
    index().apply(batch, Indexer.BATCH);
    // a second, and the few milliseconds a search takes to see that its view is a second old
    long deadline = System.nanoTime() + 1_100_000_000L;
    while (search(SearchQuery.of("Vladikavkaz")).total() < Indexer.BATCH && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(search(SearchQuery.of("Vladikavkaz")).total()).isEqualTo(Indexer.BATCH);
  }

  @Test
  default void givesANewViewNumberWheneverAppliedChangesBecomeVisible() {
    long empty = index().view();
    index().apply(List.of(IndexEntry.of(doc("1", "Telegram from Vladikavkaz").build(), 1, Map.of())), 1);
    long one = index().view();
    List<IndexEntry> batch = new java.util.ArrayList<>();
    for (int i = 2; i <= Indexer.BATCH + 1; i++) {
      batch.add(IndexEntry.of(doc(Integer.toString(i), "Letter " + i + " from Rasht").build(), 1, Map.of()));
    }
    index().apply(batch, 2);
    index().settle();

    assertThat(one).isNotEqualTo(empty);
    assertThat(index().view()).isNotEqualTo(one);
    assertThat(search(SearchQuery.of("Rasht")).total()).isEqualTo(Indexer.BATCH);
  }

  @Test
  default void replacesADocumentAppliedAgain() {
    add(doc("1", "Telegram about Rasht"));
    apply(IndexEntry.of(doc("1", "Telegram about Tabriz").build(), 2, Map.of()));
    assertThat(find("Rasht")).isEmpty();
    assertThat(find("Tabriz")).containsExactly("1");
    assertThat(indexed()).containsExactly("1@2");
  }

  @Test
  default void removesADocument() {
    add(doc("1", "Telegram about Rasht"), doc("2", "Letter about Rasht"));
    apply(IndexEntry.remove(new DocumentId("1")));
    assertThat(find("Rasht")).containsExactly("2");
    assertThat(indexed()).containsExactly("2@1");
  }

  @Test
  default void removingADocumentNeverIndexedChangesNothing() {
    add(doc("1", "Telegram about Rasht"));
    apply(IndexEntry.remove(new DocumentId("99")));
    assertThat(find("Rasht")).containsExactly("1");
    assertThat(index().position()).isEqualTo(2);
  }

  @Test
  default void applyingTheSameChangesTwiceGivesTheSameIndex() {
    List<IndexEntry> changes = List.of(
        IndexEntry.of(doc("1", "Telegram about Rasht").build(), 3, Map.of()),
        IndexEntry.of(doc("2", "Letter about Rasht").build(), 1, Map.of()),
        IndexEntry.remove(new DocumentId("3")));
    index().apply(changes, 5);
    List<String> once = indexed();
    index().apply(changes, 5);
    assertThat(indexed()).isEqualTo(once).containsExactly("1@3", "2@1");
    assertThat(search(SearchQuery.of("Rasht")).total()).isEqualTo(2);
  }

  @Test
  default void theLastOfTwoVersionsInOneBatchWins() {
    index().apply(List.of(
        IndexEntry.of(doc("1", "Draft about Rasht").build(), 1, Map.of()),
        IndexEntry.of(doc("1", "Final about Tabriz").build(), 2, Map.of())), 2);
    assertThat(find("Rasht")).isEmpty();
    assertThat(indexed()).containsExactly("1@2");
  }

  @Test
  default void remembersItsPositionAndDocumentsAcrossReopening() {
    index().apply(List.of(IndexEntry.of(doc("1", "Telegram about Rasht").build(), 1, Map.of())), 7);
    reopen();
    assertThat(index().position()).isEqualTo(7);
    assertThat(find("Rasht")).containsExactly("1");
  }

  @Test
  default void recordsAPositionThatBringsNoChanges() {
    index().apply(List.of(), 9);
    assertThat(index().position()).isEqualTo(9);
    reopen();
    assertThat(index().position()).isEqualTo(9);
  }

  @Test
  default void clearingRemovesEveryDocumentAndStartsAgainFromZero() {
    add(doc("1", "Telegram about Rasht"), doc("2", "Letter about Tabriz"));
    index().clear();
    assertThat(index().position()).isZero();
    assertThat(search(SearchQuery.of("")).total()).isZero();
    reopen();
    assertThat(index().position()).isZero();
    assertThat(indexed()).isEmpty();
  }

  @Test
  default void listsEveryIndexedDocumentWithItsRevisionHiddenOnesToo() {
    add(doc("1", "Public telegram"), doc("2", "Restricted telegram").visibility(Visibility.RESTRICTED));
    apply(IndexEntry.of(doc("3", "Embargoed telegram").visibility(Visibility.embargoedUntil(TODAY.plusYears(5)))
        .build(), 4, Map.of()));
    assertThat(indexed()).containsExactly("1@1", "2@1", "3@4");
  }

  @Test
  default void indexesEveryPartOfARecordWithoutFailing() {
    apply(IndexEntry.of(SampleDocuments.telegram().toBuilder().id(new DocumentId("1")).build(), 1,
        Map.of()));
    assertThat(find("Vladikavkaz")).containsExactly("1");
    assertThat(find("kordony")).containsExactly("1");
    assertThat(search(SearchQuery.of("").filter(Facet.FUNDER, "Blavatnik Family Foundation")).total()).isEqualTo(1);
  }

  @Test
  default void findsTheTextOfADocumentWhateverItsLanguage() {
    add(doc("1", "Note").texts(List.of(english("Customs cordons in Persia"))),
        doc("2", "Notiz").texts(List.of(new Text(TextKind.TRANSCRIPTION, "de",
            List.of(), "Zollgrenzen in Persien", List.of()))));
    assertThat(find("cordons")).containsExactly("1");
    assertThat(find("Zollgrenzen")).containsExactly("2");
  }
}

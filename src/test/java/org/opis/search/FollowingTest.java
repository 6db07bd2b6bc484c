package org.opis.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opis.catalog.Viewer;
import org.opis.record.Document;

/** The indexer following the outbox on its own thread, as a server runs it. */
class FollowingTest extends IndexerFixture {
  private static final Viewer EDITOR = Viewer.editorOn(LocalDate.now());

  @Test
  void findsASavedDocumentWithinASecond() throws Exception {
    saveReports(50);
    indexer.start();
    assertThat(within(Duration.ofSeconds(10), () -> indexer.behind() == 0)).isTrue();

    save(Document.titled("Telegram about Kuchuk-Khan").build());

    assertThat(within(Duration.ofSeconds(1), () -> index.search(SearchQuery.of("kuchuk-khan"), EDITOR).total() == 1))
        .as("found within a second").isTrue();
  }

  @Test
  void catchesUpWithWhatWasSavedBeforeItStarted() throws Exception {
    saveReports(1_100);
    indexer.start();
    assertThat(within(Duration.ofSeconds(20), () -> index.held().size() == 1_100)).isTrue();
    assertThat(index.held()).isEqualTo(inCatalog());
  }

  @Test
  void keepsTryingAFailingIndexUntilItWorks() throws Exception {
    index.failNext(3);
    indexer.start();
    save(Document.titled("Saved while the disk was full").build());

    assertThat(within(Duration.ofSeconds(20), () -> index.held().size() == 1)).isTrue();
    assertThat(index.failures()).isEqualTo(3);

    save(Document.titled("Saved after").build());
    assertThat(within(Duration.ofSeconds(2), () -> index.held().size() == 2)).as("still following").isTrue();
  }

  @Test
  void stopsFollowingWhenClosed() throws Exception {
    indexer.start();
    save(Document.titled("Before").build());
    assertThat(within(Duration.ofSeconds(5), () -> index.held().size() == 1)).isTrue();

    indexer.close();
    save(Document.titled("After").build());
    Thread.sleep(500);

    assertThat(index.held()).containsExactly("1@1");
    assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName).doesNotContain("opis-indexer");
  }

  @Test
  void refusesToStartTwiceOrAfterClosing() {
    indexer.start();
    assertThatThrownBy(indexer::start).isInstanceOf(IllegalStateException.class)
        .hasMessage("the indexer is already following the catalog");
    Indexer closed = new Indexer(catalog, index);
    closed.close();
    assertThatThrownBy(closed::start).isInstanceOf(IllegalStateException.class).hasMessage("the indexer is closed");
  }
}

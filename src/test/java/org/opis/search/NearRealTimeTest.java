package org.opis.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.authority.AgentRef;
import org.opis.catalog.Change;
import org.opis.catalog.Viewer;
import org.opis.catalog.sql.SqlCatalog;
import org.opis.record.Document;
import org.opis.record.Text;
import org.opis.record.TextKind;
import org.opis.search.lucene.LuceneSearchIndex;

/** With the real index: what an editor saves is found by a search within a second. */
class NearRealTimeTest {
  private static final Viewer EDITOR = Viewer.editorOn(LocalDate.now());
  private static final Change EDIT = Change.by("editor:anna", null);

  @TempDir Path folder;
  private SqlCatalog catalog;
  private LuceneSearchIndex index;
  private Indexer indexer;

  @BeforeEach
  void open() {
    RealIndex.assumeWritten(folder.resolve("probe"));
    catalog = SqlCatalog.sqlite(folder.resolve("catalog.db"), Clock.systemUTC());
    index = LuceneSearchIndex.open(folder.resolve("index"));
    indexer = new Indexer(catalog, index);
  }

  @AfterEach
  void close() {
    if (indexer != null) {
      indexer.close();
      index.close();
      catalog.close();
    }
  }

  private long found(String text) {
    return index.search(SearchQuery.of(text), EDITOR).total();
  }

  @Test
  void findsEachSavedDocumentWithinASecond() throws Exception {
    catalog.write(EDIT, w -> {
      for (int i = 1; i <= 300; i++) {
        w.save(Document.titled("Report " + i + " on grain supplies").build());
      }
      return null;
    });
    indexer.start();
    assertThat(IndexerFixture.within(Duration.ofSeconds(30), () -> indexer.behind() == 0)).isTrue();

    for (String word : List.of("Tsaritsyn", "Vladikavkaz", "Enzeli", "Baku", "Tiflis")) {
      catalog.write(EDIT, w -> w.save(Document.titled("Telegram from " + word)
          .texts(List.of(new Text(TextKind.TRANSLATION, "en", List.of(), "The situation in " + word + " is calm.",
              List.of())))
          .build()));
      assertThat(IndexerFixture.within(Duration.ofSeconds(1), () -> found(word) == 1))
          .as("a document about %s found within a second of its save", word).isTrue();
    }
  }

  @Test
  void findsADocumentByANewSpellingOfAPersonItNamesWithinASecond() throws Exception {
    catalog.write(EDIT, w -> w.save(Document.titled("Telegram").creators(List.of(AgentRef.person("Kuchuk-Khan")))
        .build()));
    indexer.start();
    assertThat(IndexerFixture.within(Duration.ofSeconds(5), () -> found("Kuchuk-Khan") == 1)).isTrue();
    // a name he went by, which no spelling of the first resembles
    assertThat(found("Yunus Gilani")).isZero();

    catalog.write(EDIT, w -> {
      w.save(catalog.agent("kuchuk-khan").orElseThrow().withVariant("Yunus Gilani"));
      return null;
    });

    assertThat(IndexerFixture.within(Duration.ofSeconds(1), () -> found("Yunus Gilani") == 1)).isTrue();
  }
}

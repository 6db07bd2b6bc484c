package org.opis.search;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.opis.catalog.CatalogWriter;
import org.opis.catalog.Change;
import org.opis.catalog.Saved;
import org.opis.catalog.sql.SqlCatalog;
import org.opis.record.Document;

/**
 * What the indexer's tests work with: a real catalog (SQLite, a new file per test), an index in
 * memory, and an indexer between them.
 */
abstract class IndexerFixture {
  static final Change IMPORT = Change.by("import", "telegrams.json");

  @TempDir Path folder;
  SqlCatalog catalog;
  MemoryIndex index;
  Indexer indexer;
  private int reports;

  @BeforeEach
  final void openCatalogAndIndex() {
    catalog = SqlCatalog.sqlite(folder.resolve("catalog.db"), Clock.systemUTC());
    index = new MemoryIndex();
    indexer = new Indexer(catalog, index);
  }

  @AfterEach
  final void close() {
    indexer.close();
    catalog.close();
  }

  Saved save(Document d) {
    return catalog.write(IMPORT, w -> w.save(d));
  }

  <T> T write(Function<CatalogWriter, T> work) {
    return catalog.write(IMPORT, work);
  }

  /**
   * Saves {@code count} new documents without names in one transaction, titled "Report 1",
   * "Report 2", ... the first time, "Report 1 (2)", ... the second, so each is a new document.
   */
  void saveReports(int count) {
    String series = reports++ == 0 ? "" : " (" + reports + ")";
    write(w -> {
      for (int i = 1; i <= count; i++) {
        w.save(Document.titled("Report " + i + series).build());
      }
      return null;
    });
  }

  /** Every document in the catalog as "id@revision", in identifier order. */
  List<String> inCatalog() {
    List<String> all = new ArrayList<>();
    catalog.forEachCurrent(c -> all.add(c.document().requireId().value() + "@" + c.revision()));
    return all;
  }

  /** Whether {@code condition} holds within {@code limit}, looking every 10 ms. */
  static boolean within(Duration limit, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(10);
    }
    return true;
  }
}

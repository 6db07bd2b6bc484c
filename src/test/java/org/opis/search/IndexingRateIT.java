package org.opis.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.catalog.sql.SqlCatalog;
import org.opis.demo.DemoCorpus;
import org.opis.search.lucene.LuceneSearchIndex;

/**
 * How fast the real index catches up with a catalog and is rebuilt from it: the demo corpus of
 * {@code -Dopis.rate.documents} synthetic documents (1,000 by default) in SQLite, indexed by
 * catching up with the outbox from position 0 (twice: cold, then warm), then by a rebuild.
 * Prints documents a second for each.
 */
class IndexingRateIT {
  private static final int DOCUMENTS = Integer.getInteger("opis.rate.documents", 1_000);

  @TempDir Path folder;

  @Test
  void catchesUpAndRebuildsTheDemoCorpus() {
    RealIndex.assumeWritten(folder.resolve("probe"));
    try (SqlCatalog catalog = SqlCatalog.sqlite(folder.resolve("catalog.db"), Clock.systemUTC());
        LuceneSearchIndex index = LuceneSearchIndex.open(folder.resolve("index"))) {
      int documents = DemoCorpus.fill(catalog, DOCUMENTS, n -> {});
      Indexer indexer = new Indexer(catalog, index);

      // the first pass pays for loading the analysers and compiling the code: reported, not compared
      long start = System.nanoTime();
      indexer.catchUp();
      report("caught up (cold) with", documents, start);
      assertThat(indexed(index)).hasSize(documents);

      index.clear();
      start = System.nanoTime();
      indexer.catchUp();
      report("caught up with", documents, start);
      assertThat(indexed(index)).hasSize(documents);

      start = System.nanoTime();
      long rebuilt = indexer.rebuild(Indexer.Progress.NONE);
      report("rebuilt", rebuilt, start);
      assertThat(indexed(index)).hasSize(documents);
      assertThat(index.position()).isEqualTo(catalog.position());
    }
  }

  private static Map<String, Integer> indexed(SearchIndex index) {
    Map<String, Integer> all = new HashMap<>();
    index.forEachIndexed((id, revision) -> all.put(id.value(), revision));
    return all;
  }

  private static void report(String what, long documents, long start) {
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("%s %,d documents in %.1f s: %,.0f documents a second%n", what, documents, seconds,
        documents / seconds);
  }
}

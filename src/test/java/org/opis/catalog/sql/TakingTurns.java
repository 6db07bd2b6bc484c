package org.opis.catalog.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.opis.catalog.Change;
import org.opis.record.Document;

/**
 * Two catalogs on one database, as two Opis processes would be, each saving new documents from
 * its own thread at the same time. Every save reads before it writes, the case where writers
 * that do not take the write lock first fail or collide.
 */
final class TakingTurns {
  private TakingTurns() {}

  static void write(SqlCatalog first, SqlCatalog second, int each) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (SqlCatalog catalog : List.of(first, second)) {
        String writer = catalog == first ? "first" : "second";
        done.add(threads.submit(() -> {
          for (int i = 0; i < each; i++) {
            int n = i;
            catalog.write(Change.by("test", null), w -> w.save(Document.titled(writer + " " + n).build()));
          }
        }));
      }
      for (Future<?> f : done) {
        f.get(120, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }
  }
}

package org.opis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.opis.catalog.Catalog;
import org.opis.catalog.sql.SqlCatalog;
import org.opis.search.lucene.LuceneSearchIndex;
import org.opis.wiring.ArchiveSettings;

/**
 * What a crash test checks of an archive after its server stopped: the search index holds
 * exactly the catalog's documents at their current revisions and has applied the whole outbox,
 * and {@code opis fixity} finds every original as the catalog describes it.
 */
final class Consistency {
  static final Duration CATCH_UP_LIMIT = Duration.ofMinutes(3);

  /**
   * How long a server may take to catch up with an outbox of this many document changes: three
   * minutes, or 40 documents a second on a loaded machine, whichever is longer. A liveness
   * bound (the server gets there at all), not a measure of speed; IndexCrashIT's last replay of
   * 25,500 documents outgrew three minutes under a load average of 12.
   */
  static Duration catchUpLimit(long documents) {
    return Duration.ofSeconds(Math.max(CATCH_UP_LIMIT.toSeconds(), documents / 40));
  }
  private final Path data;

  Consistency(Path data) {
    this.data = data;
  }

  record Positions(long catalog, long index) {
    boolean caughtUp() {
      return catalog == index;
    }
  }

  /** The outbox positions of the catalog and of the index. */
  Positions positions() {
    try (Catalog catalog = openCatalog(); LuceneSearchIndex index = LuceneSearchIndex.open(indexFolder())) {
      return new Positions(catalog.position(), index.position());
    }
  }

  /**
   * Stops the server normally once the index has applied the whole outbox, starting it again and
   * waiting longer (1 s, 2 s, 4 s, ...) until it has.
   *
   * @param serve starts the server again
   * @param limit how long it may take in all
   * @return the last server, stopped
   */
  OpisProcess awaitCaughtUp(OpisProcess server, Supplier<OpisProcess> serve, Duration limit)
      throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    OpisProcess running = server;
    for (int wait = 1; ; wait *= 2) {
      Thread.sleep(1_000L * wait);
      running.close();
      if (positions().caughtUp()) {
        return running;
      }
      assertThat(System.nanoTime()).as("the server caught up within %s", limit).isLessThan(deadline);
      running = serve.get();
    }
  }

  /**
   * Asserts that the index holds the catalog's documents at their current revisions, each once,
   * and has applied the outbox up to the catalog's position.
   *
   * @return the catalog's documents: the revision of each, by identifier
   */
  Map<String, Integer> assertIndexHoldsTheCatalog() {
    try (Catalog catalog = openCatalog(); LuceneSearchIndex index = LuceneSearchIndex.open(indexFolder())) {
      Map<String, Integer> inCatalog = new HashMap<>();
      catalog.forEachCurrent(c -> inCatalog.put(c.document().requireId().value(), c.revision()));
      Map<String, Integer> inIndex = new HashMap<>();
      index.forEachIndexed((id, revision) -> assertThat(inIndex.put(id.value(), revision)).as("indexed once").isNull());
      assertThat(inIndex).as("the index holds the catalog's documents at their revisions").isEqualTo(inCatalog);
      assertThat(index.position()).isEqualTo(catalog.position());
      return inCatalog;
    }
  }

  /** Asserts that {@code opis fixity} finds every original intact and as the catalog describes it. */
  void assertFixityPasses(Path log) throws Exception {
    int exit = OpisProcess.run(log, "fixity", "--data", data.toString());
    assertThat(exit).as("opis fixity (see %s): %s", log, java.nio.file.Files.readString(log)).isZero();
  }

  Catalog openCatalog() {
    return SqlCatalog.sqlite(settings().catalogFile(), Clock.systemUTC());
  }

  Path indexFolder() {
    return settings().indexFolder();
  }

  private ArchiveSettings settings() {
    return new ArchiveSettings(data, Optional.empty());
  }
}

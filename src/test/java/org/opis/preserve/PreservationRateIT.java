package org.opis.preserve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.generate.CorpusWriter;
import org.opis.ingest.ImportReport;
import org.opis.wiring.Archive;
import org.opis.wiring.ArchiveSettings;

/**
 * How fast the preserver keeps record versions: a generated corpus of {@code -Dopis.rate.documents}
 * documents (1,000 by default, as {@code opis generate} writes them) imported into SQLite, then
 * every revision it announced (the documents and the authority records they name) kept in the
 * OCFL store from position 0. Prints the import's rate and the preserver's, in records a second.
 */
class PreservationRateIT {
  private static final int DOCUMENTS = Integer.getInteger("opis.rate.documents", 1_000);

  @TempDir Path folder;

  @Test
  void keepsTheVersionsOfAGeneratedCorpus() {
    Path corpus = folder.resolve("corpus.jsonl");
    CorpusWriter.write(corpus, DOCUMENTS, 1, n -> { });
    try (Archive archive = Archive.open(new ArchiveSettings(folder.resolve("data"), Optional.empty()),
        Clock.systemUTC())) {
      long start = System.nanoTime();
      ImportReport report = archive.importer().importFile(corpus, "corpus.jsonl", Optional.empty(), "import", n -> { });
      assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
      report("imported", DOCUMENTS, "documents", start);

      long changes = archive.preserver().behind();
      start = System.nanoTime();
      long kept = archive.preserver().catchUp(n -> { }).orElseThrow();
      report("preserved", kept, "record versions (" + DOCUMENTS + " documents and the authority records they name)",
          start);
      assertThat(kept).isEqualTo(changes);
      assertThat(archive.preserver().behind()).isZero();
    }
  }

  private static void report(String what, long count, String unit, long start) {
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("%s %,d %s in %.1f s: %,.0f a second%n", what, count, unit, seconds, count / seconds);
  }
}

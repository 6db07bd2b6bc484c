package org.opis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.search.RealIndex;
import org.opis.wiring.Archive;
import org.opis.wiring.ArchiveSettings;

/** {@code opis reindex}, and {@code opis import} bringing the index up to date. */
class IndexCommandsTest {
  @TempDir Path dir;
  Path data;

  @BeforeEach
  void archiveWithTheSeed() {
    RealIndex.assumeWritten(dir.resolve("probe"));
    data = dir.resolve("data");
    Console c = Console.run("import", "--data", data.toString(), ImportCommandTest.SEED.toString());
    assertThat(c.exit()).as(c.err()).isZero();
  }

  private Archive archive() {
    return Archive.open(new ArchiveSettings(data, Optional.empty()), Clock.systemUTC());
  }

  /** What the index holds and what the catalog holds, "id@revision" for each document. */
  private void assertIndexHoldsTheCatalog() {
    try (Archive a = archive()) {
      Map<String, Integer> catalog = new HashMap<>();
      a.catalog().forEachCurrent(c -> catalog.put(c.document().requireId().value(), c.revision()));
      Map<String, Integer> index = new HashMap<>();
      a.index().forEachIndexed((id, revision) -> index.put(id.value(), revision));
      assertThat(index).isEqualTo(catalog).isNotEmpty();
      assertThat(a.index().position()).isEqualTo(a.catalog().position());
    }
  }

  @Test
  void importBringsTheIndexUpToDate() {
    assertIndexHoldsTheCatalog();
  }

  @Test
  void importSaysNothingOfAnIndexAServerHolds() {
    try (Archive server = archive()) {
      server.indexer();
      Console c = Console.run("import", "--data", data.toString(), "--format", "page-text",
          ImportCommandTest.SEED.toString());
      assertThat(c.exit()).isZero();
      assertThat(c.err()).isEmpty();
      assertThat(c.out()).endsWith(": imported 1 document (1 unchanged)\n");
    }
  }

  @Test
  void reindexRebuildsADeletedIndex() throws Exception {
    deleteRecursively(data.resolve("index"));
    Console c = Console.run("reindex", "--data", data.toString());
    assertThat(c.exit()).as(c.err()).isZero();
    assertThat(c.out()).matches("indexed 1 document in \\d+\\.\\d s \\([\\d,]+ a second\\)\n");
    assertIndexHoldsTheCatalog();
  }

  @Test
  void reindexRestoresACorruptedIndex() throws Exception {
    // the lexicon of names inside it too
    try (Stream<Path> files = Files.walk(data.resolve("index")).filter(Files::isRegularFile)) {
      for (Path f : files.toList()) {
        Files.write(f, "these are the minutes of the meeting, not an index".getBytes());
      }
    }
    Console c = Console.run("reindex", "--data", data.toString());
    assertThat(c.exit()).as(c.err()).isZero();
    assertThat(c.out()).startsWith("indexed 1 document in ");
    assertIndexHoldsTheCatalog();
  }

  @Test
  void reindexRefusesClearlyWhileAServerHoldsTheIndex() {
    try (Archive server = archive()) {
      server.indexer();
      Console c = Console.run("reindex", "--data", data.toString());
      assertThat(c.exit()).isEqualTo(6);
      assertThat(c.err()).isEqualTo("opis reindex: cannot rebuild the search index in " + data.resolve("index")
          + ": another opis program is using it (a server, or an import bringing it up to date); stop the server,"
          + " then run opis reindex again\n");
      assertThat(c.out()).isEmpty();
    }
  }

  private static void deleteRecursively(Path folder) throws Exception {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }
}

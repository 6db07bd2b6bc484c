package org.opis.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.catalog.Change;
import org.opis.problem.StorageException;
import org.opis.record.Document;
import org.opis.search.RealIndex;

/** The archive's search index: where it is, who may write it, and what becomes of a damaged one. */
class ArchiveIndexTest {
  @TempDir Path dir;
  private ArchiveSettings settings;

  @BeforeEach
  void settings() {
    RealIndex.assumeWritten(dir.resolve("probe"));
    settings = new ArchiveSettings(dir.resolve("data"), Optional.empty());
  }

  private Archive open() {
    return Archive.open(settings, Clock.systemUTC());
  }

  private static List<String> held(Archive archive) {
    List<String> held = new ArrayList<>();
    archive.index().forEachIndexed((id, revision) -> held.add(id.value() + "@" + revision));
    return held;
  }

  @Test
  void keepsTheIndexInTheDataFolderAndOpensItOnlyWhenAskedFor() {
    try (Archive archive = open()) {
      assertThat(settings.indexFolder()).doesNotExist();
      archive.catalog().write(Change.by("import", null), w -> w.save(Document.titled("Telegram").build()));
      archive.indexer().catchUp();
      assertThat(held(archive)).containsExactly("1@1");
    }
    assertThat(settings.indexFolder()).isDirectory();
    try (Archive again = open()) {
      assertThat(held(again)).containsExactly("1@1");
    }
  }

  @Test
  void letsOneArchiveAtATimeWriteTheIndex() {
    try (Archive server = open(); Archive other = open()) {
      server.indexer();
      assertThat(other.indexerUnlessHeld()).isEmpty();
      assertThatThrownBy(other::index).isInstanceOf(StorageException.class)
          .hasMessage("the search index in " + settings.indexFolder()
              + " is in use by another opis process (a server, or an import bringing it up to date)");
      assertThat(other.catalog().isHealthy()).as("the catalog is shared").isTrue();
    }
  }

  @Test
  void waitsForAnIndexAnotherArchiveLetsGo() throws Exception {
    Archive importing = open();
    importing.indexer();
    try (Archive server = open()) {
      CompletableFuture<Void> done = CompletableFuture.runAsync(() -> {
        try {
          Thread.sleep(500);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        importing.close();
      });
      assertThat(server.indexer(Duration.ofSeconds(30))).isNotNull();
      done.join();
    }
  }

  @Test
  void startsAnUnreadableIndexAfreshAndCatchesUpFromTheBeginning() throws Exception {
    try (Archive archive = open()) {
      archive.catalog().write(Change.by("import", null), w -> w.save(Document.titled("Telegram").build()));
      archive.indexer().catchUp();
    }
    // the lexicon of names inside it too
    try (Stream<Path> files = Files.walk(settings.indexFolder()).filter(Files::isRegularFile)) {
      for (Path f : files.toList()) {
        Files.writeString(f, "these are the minutes of the meeting, not an index");
      }
    }
    try (Archive archive = open()) {
      assertThat(archive.index().position()).isZero();
      archive.indexer().catchUp();
      assertThat(held(archive)).containsExactly("1@1");
    }
  }
}

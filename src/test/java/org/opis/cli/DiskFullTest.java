package org.opis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.files.Examiner;
import org.opis.files.FileStore;
import org.opis.files.Originals;
import org.opis.files.ScanFiles;
import org.opis.ingest.ImportReport;
import org.opis.ingest.Importer;
import org.opis.keeping.Safekeeping;
import org.opis.problem.OutOfSpaceException;
import org.opis.problem.StorageException;
import org.opis.record.Attachment;
import org.opis.record.DocumentId;
import org.opis.wiring.Archive;
import org.opis.wiring.ArchiveSettings;

/**
 * An import when the archive's disk is full: the catalog out of room (SQLite's own SQLITE_FULL,
 * by {@code max_page_count}), and the store of originals failing with "No space left on device"
 * half-way through a file. The import fails saying what is full, nothing of it is kept, what was
 * there before is all there and readable, fixity passes, and the same import succeeds once there
 * is room again.
 */
class DiskFullTest {
  @TempDir Path dir;

  private Path data() {
    return dir.resolve("data");
  }

  private Path letters(String name, int count, boolean scans) throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      lines.append("{\"title\": \"").append(name).append(", letter ").append(i).append("\", \"summary\": \"")
          .append("A long summary of the letter. ".repeat(20)).append('"');
      if (scans) {
        ScanFiles.write(dir, "scans-" + name + "/p" + i + ".png", ScanFiles.image("png", 10 + i, 10));
        lines.append(", \"attachments\": [\"scans-").append(name).append("/p").append(i).append(".png\"]");
      }
      lines.append("}\n");
    }
    return Files.writeString(dir.resolve(name + ".jsonl"), lines, StandardCharsets.UTF_8);
  }

  /** Every document's title, by identifier, with the names of its originals as the catalog and the store have them. */
  private TreeMap<String, String> holdings() {
    TreeMap<String, String> all = new TreeMap<>();
    try (Archive archive = Archive.open(new ArchiveSettings(data(), Optional.empty()), Clock.systemUTC())) {
      archive.catalog().forEachCurrent(c -> {
        DocumentId id = c.document().requireId();
        all.put(id.value(), c.document().title() + " " + c.document().attachments().stream().map(Attachment::name)
            .toList() + " kept " + archive.files().names(id));
      });
    }
    return all;
  }

  private long pages() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data().resolve("catalog.db"));
        ResultSet r = c.createStatement().executeQuery("PRAGMA page_count")) {
      return r.getLong(1);
    }
  }

  @Test
  void aFullCatalogRefusesTheImportSayingSoAndKeepsEverythingBefore() throws Exception {
    Console first = Console.run("import", "--data", data().toString(), letters("rasht", 3, true).toString());
    assertThat(first.exit()).as(first.err()).isZero();
    TreeMap<String, String> before = holdings();
    // the catalog may grow by a few pages only: far less than 120 letters need
    String full = "jdbc:sqlite:" + data().resolve("catalog.db") + "?max_page_count=" + (pages() + 8);

    Console refused = Console.run("import", "--data", data().toString(), "--db", full,
        letters("enzeli", 120, true).toString());

    assertThat(refused.exit()).isEqualTo(ExitCodes.STORAGE);
    assertThat(refused.err()).startsWith("opis import: " + dir.resolve("enzeli.jsonl") + ": the catalog's disk is full:"
        + " could not save the document \"enzeli, letter ").contains("(catalog at jdbc:sqlite:")
        .endsWith("nothing of the change was saved, and it can be made again once there is room\n");
    assertThat(holdings()).as("the archive as it was").isEqualTo(before);
    assertFixityPasses();

    Console again = Console.run("import", "--data", data().toString(), dir.resolve("enzeli.jsonl").toString());
    assertThat(again.out()).as(again.err()).endsWith("enzeli.jsonl: imported 120 documents (120 new)\n");
    assertThat(holdings()).hasSize(123);
    assertFixityPasses();
  }

  @Test
  void aFullStoreOfOriginalsRefusesTheImportAndPutsBackTheFilesItHadKept() throws Exception {
    Path file = letters("enzeli", 3, true);
    AtomicInteger room = new AtomicInteger(1);
    try (Archive archive = Archive.open(new ArchiveSettings(data(), Optional.empty()), Clock.systemUTC())) {
      FileStore filling = filling(archive.files(), room);
      Importer importer = new Importer(archive.formats(), Safekeeping.noted(archive.catalog(),
          new Originals(() -> filling, new Examiner(Examiner.DEFAULT_PIXEL_LIMIT)), () -> filling,
          archive.settings().notesFolder()));

      OutOfSpaceException full = org.junit.jupiter.api.Assertions.assertThrows(OutOfSpaceException.class,
          () -> importer.importFile(file, "enzeli.jsonl", Optional.empty(), "test", n -> { }));

      assertThat(full.getMessage()).startsWith("enzeli.jsonl: the disk of the originals' store is full: cannot keep the"
          + " originals of document 2");
      assertThat(archive.files().names(new DocumentId("1"))).as("the first letter's scan, kept before the disk"
          + " filled, is put back").isEmpty();
      room.set(Integer.MAX_VALUE);
      ImportReport report = importer.importFile(file, "enzeli.jsonl", Optional.empty(), "test", n -> { });
      assertThat(report.summary()).isEqualTo("imported 3 documents (3 new)");
    }
    assertThat(holdings().values()).containsExactly("enzeli, letter 1 [p1.png] kept [p1.png]",
        "enzeli, letter 2 [p2.png] kept [p2.png]", "enzeli, letter 3 [p3.png] kept [p3.png]");
    assertFixityPasses();
  }

  private void assertFixityPasses() {
    Console fixity = Console.run("fixity", "--data", data().toString());
    assertThat(fixity.exit()).as(fixity.out() + fixity.err()).isZero();
  }

  // the store as a disk with room for `room` more keeps, failing as a full one does after that
  private static FileStore filling(FileStore store, AtomicInteger room) {
    return (FileStore) Proxy.newProxyInstance(FileStore.class.getClassLoader(), new Class<?>[] {FileStore.class},
        (proxy, method, args) -> {
          if (method.getName().equals("keep") && room.getAndDecrement() <= 0) {
            throw new StorageException("cannot keep the originals of document " + ((DocumentId) args[0]).value()
                + " in the file store: " + DiskFullTest.class.getSimpleName(),
                new IOException(Path.of("ocfl") + ": No space left on device"));
          }
          try {
            return method.invoke(store, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }
}

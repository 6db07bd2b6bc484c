package org.opis.preserve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.catalog.Change;
import org.opis.catalog.Viewer;
import org.opis.export.JsonExport;
import org.opis.files.OcflFiles;
import org.opis.ingest.ImportReport;
import org.opis.record.Document;
import org.opis.record.DocumentId;
import org.opis.record.Visibility;
import org.opis.wiring.Archive;
import org.opis.wiring.ArchiveSettings;

/**
 * The preserver keeps every saved revision of every record in the OCFL store as the record's
 * canonical JSON, the bytes {@code opis export} writes, and starts again after a crash without
 * keeping anything twice.
 */
class PreserverTest {
  private static final Path SEED = Path.of(System.getProperty("opis.shared", "../shared"), "seed",
      "wilson-center-telegram-1920-11-16.txt");
  private static final DocumentId TELEGRAM = new DocumentId("1");

  @TempDir Path dir;

  @Test
  void keepsEachRecordAsTheBytesTheExportWrites() throws Exception {
    try (Archive archive = seeded()) {
      assertThat(archive.preserver().catchUp(n -> { }).orElseThrow()).isGreaterThan(1);
      assertThat(archive.preserver().behind()).isZero();

      List<String> exported = export(archive);
      RecordVersions versions = kept(archive);
      String telegram = exported.stream().filter(l -> !l.contains("\"record\"")).findFirst().orElseThrow();
      KeptRecord newest = versions.newest("document", "1").orElseThrow();
      assertThat(new String(newest.json(), StandardCharsets.UTF_8)).isEqualTo(telegram);
      assertThat(newest.revision()).isEqualTo(1);
      // every person, organisation and place the telegram names is kept as its own record
      List<String> authorities = exported.stream().filter(l -> l.contains("\"record\"")).toList();
      assertThat(authorities).isNotEmpty();
      String stalin = authorities.stream().filter(l -> l.contains("\"Stalin\"")).findFirst().orElseThrow();
      String id = stalin.replaceAll("(?s)^.*?\"id\"\\s*:\\s*\"([^\"]+)\".*$", "$1");
      assertThat(new String(versions.newest("agent", id).orElseThrow().json(), StandardCharsets.UTF_8)).isEqualTo(stalin);
    }
  }

  @Test
  void keepsEveryRevisionAsANewVersionWithWhoAndWhy() throws Exception {
    try (Archive archive = seeded()) {
      Document first = archive.catalog().document(TELEGRAM, Viewer.editorOn(java.time.LocalDate.now())).orElseThrow();
      archive.catalog().write(Change.by("editor:anna", "corrected the title"),
          w -> w.saveEdit(first.toBuilder().title("Telegram from Stalin to Lenin").build(), 1));
      archive.catalog().write(Change.by("editor:boris", null), w -> w.withdraw(TELEGRAM, "a duplicate", 2));
      archive.catalog().write(Change.by("editor:anna", "published again"), w -> w.saveEdit(
          archive.catalog().revision(TELEGRAM, 3).orElseThrow().toBuilder().visibility(Visibility.PUBLIC).build(), 3));
      archive.preserver().catchUp(n -> { });

      Path object = OcflFiles.objectRoot(dir.resolve("data/ocfl"), "opis:records/documents/1");
      assertThat(versionFolders(object)).containsExactly("v1", "v2", "v3", "v4");
      String inventory = Files.readString(object.resolve("inventory.json"));
      assertThat(inventory).contains("revision 2: corrected the title").contains("editor:anna")
          .contains("editor:boris").contains("revision 4");
      KeptRecord newest = kept(archive).newest("document", "1").orElseThrow();
      assertThat(newest.revision()).isEqualTo(4);
      assertThat(newest.version()).isEqualTo(4);
      assertThat(newest.holds(org.opis.canonical.CanonicalJson.write(
          archive.catalog().revision(TELEGRAM, 4).orElseThrow()))).isTrue();
    }
  }

  @Test
  void startsAgainAfterACrashWithoutKeepingAnyVersionTwice() throws Exception {
    try (Archive archive = seeded()) {
      long kept = archive.preserver().catchUp(n -> { }).orElseThrow();
      // as if killed after keeping every version but before recording how far it came
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data/catalog.db"));
          Statement s = c.createStatement()) {
        s.execute("UPDATE preservation SET position = 0");
      }
      assertThat(archive.preserver().behind()).isPositive();
      assertThat(archive.preserver().catchUp(n -> { })).hasValue(0);
      assertThat(archive.preserver().behind()).isZero();
      assertThat(kept).isPositive();
      assertThat(versionFolders(OcflFiles.objectRoot(dir.resolve("data/ocfl"), "opis:records/documents/1")))
          .containsExactly("v1");
    }
  }

  @Test
  void leavesTheWorkToTheProcessWhoseTurnItIs() throws Exception {
    try (Archive archive = seeded();
        FileChannel channel = FileChannel.open(dir.resolve("data/preservation.lock"), StandardOpenOption.CREATE,
            StandardOpenOption.WRITE);
        FileLock held = channel.lock()) {
      assertThat(archive.preserver().catchUp(n -> { })).isEmpty();
      assertThat(archive.preserver().behind()).isPositive();
    }
  }

  @Test
  void followsTheCatalogInTheBackgroundAsAServerDoes() throws Exception {
    try (Archive archive = seeded()) {
      archive.preserver().start();
      archive.catalog().write(Change.by("editor:anna", "a second telegram"),
          w -> w.save(Document.titled("Telegram, Stalin to Chicherin").id(new DocumentId("2")).build()));
      // the follower looks twice a second; a minute is room enough on the busiest machine
      for (int i = 0; i < 600 && archive.preserver().behind() > 0; i++) {
        Thread.sleep(100);
      }
      assertThat(archive.preserver().behind()).isZero();
      assertThat(kept(archive).newest("document", "2").orElseThrow().revision()).isEqualTo(1);
    }
  }

  private Archive seeded() {
    Archive archive = Archive.open(new ArchiveSettings(dir.resolve("data"), Optional.empty()), Clock.systemUTC());
    ImportReport report = archive.importer().importFile(SEED, SEED.getFileName().toString(), Optional.empty(), "import",
        n -> { });
    assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
    return archive;
  }

  private static RecordVersions kept(Archive archive) {
    return ((org.opis.files.ocfl.OcflFileStore) archive.files()).records();
  }

  private static List<String> export(Archive archive) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonExport.write(archive.catalog(), out, n -> { });
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  private static List<String> versionFolders(Path object) throws Exception {
    try (Stream<Path> all = Files.list(object)) {
      return all.map(p -> p.getFileName().toString()).filter(n -> n.matches("v\\d+")).sorted().toList();
    }
  }
}

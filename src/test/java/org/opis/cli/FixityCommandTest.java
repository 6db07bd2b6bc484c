package org.opis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.files.Incoming;
import org.opis.files.OcflFiles;
import org.opis.files.ScanFiles;
import org.opis.files.ocfl.OcflFileStore;
import org.opis.preserve.FixityProblem;
import org.opis.preserve.FixityRun;
import org.opis.wiring.Archive;
import org.opis.wiring.ArchiveSettings;

/**
 * {@code opis fixity} reads every kept original and record version again, says which one
 * changed or went missing, and records each run.
 */
class FixityCommandTest {
  private static final Path SEED = Path.of(System.getProperty("opis.shared", "../shared"), "seed",
      "wilson-center-telegram-1920-11-16.txt");

  @TempDir Path dir;

  @Test
  void findsEveryOriginalIntactAndThenTheOneChangedOnDisk() throws Exception {
    Path data = importLetter();

    Console intact = Console.run("fixity", "--data", data.toString());
    assertThat(intact.exit()).as(intact.err()).isEqualTo(0);
    assertThat(intact.out()).isEqualTo("checked 2 files and 1 record version: every one intact\n");

    OcflFiles.flipAByte(OcflFiles.kept(data.resolve("ocfl"), "opis:documents/1", "p2.png"));

    Console changed = Console.run("fixity", "--data", data.toString());
    assertThat(changed.exit()).isEqualTo(6);
    List<String> lines = changed.out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("document 1, file p2.png: changed: its content has changed since it was kept:"
        + " SHA-512 ");
    assertThat(lines.get(1)).isEqualTo("checked 2 files and 1 record version: 1 problem");
    assertThat(changed.err()).contains("fixity found 1 problem in the originals and record versions")
        .contains("restore the damaged files from a backup");
  }

  @Test
  void reportsAnOriginalDeletedFromTheStoreAsMissing() throws Exception {
    Path data = importLetter();
    Files.delete(OcflFiles.kept(data.resolve("ocfl"), "opis:documents/1", "p1.jpg"));

    Console missing = Console.run("fixity", "--data", data.toString());
    assertThat(missing.exit()).isEqualTo(6);
    assertThat(missing.out()).startsWith("document 1, file p1.jpg: missing: it is missing from the store")
        .endsWith("checked 2 files and 1 record version: 1 problem\n");
  }

  @Test
  void reportsTheFilesOfADocumentTheCatalogNeverHeldAsUnexpected() throws Exception {
    Path data = importLetter();
    // as an import whose process died before its catalog commit leaves them, its note lost
    try (OcflFileStore store = OcflFileStore.open(data.resolve("ocfl"), dir.resolve("ocfl-work"))) {
      store.keep(new org.opis.record.DocumentId("99"), List.of(new Incoming("stray.png",
          ScanFiles.write(dir, "stray/stray.png", ScanFiles.image("png", 20, 20)))), "tester", "never committed");
    }

    Console found = Console.run("fixity", "--data", data.toString());
    assertThat(found.exit()).isEqualTo(6);
    assertThat(found.out().lines().toList()).containsExactly(
        "document 99, file stray.png: unexpected: kept, but the catalog holds no such document",
        "checked 3 files and 1 record version: 1 problem");
  }

  @Test
  void checksEveryRecordVersionAgainstTheCatalog() throws Exception {
    Path data = dir.resolve("data");
    assertThat(Console.run("import", "--data", data.toString(), SEED.toString()).exit()).isEqualTo(0);
    Console intact = Console.run("fixity", "--data", data.toString());
    assertThat(intact.exit()).as(intact.out() + intact.err()).isEqualTo(0);
    // the telegram, and the people, organisations and places it names, each its own record
    assertThat(intact.out()).matches("checked 0 files and \\d+ record versions: every one intact\\n");

    Path record = OcflFiles.kept(data.resolve("ocfl"), "opis:records/documents/1", "record.json");
    String json = Files.readString(record);
    Files.writeString(record, json.replace("Stalin", "Stolin"));

    Console changed = Console.run("fixity", "--data", data.toString());
    assertThat(changed.exit()).isEqualTo(6);
    assertThat(changed.out()).startsWith("document 1, record version: changed: version 1 (revision 1) has changed since"
        + " it was kept: SHA-512 ");

    Files.delete(record);
    Console gone = Console.run("fixity", "--data", data.toString());
    assertThat(gone.exit()).isEqualTo(6);
    assertThat(gone.out()).startsWith("document 1, record version: missing: record.json of opis:records/documents/1"
        + " cannot be read");
  }

  @Test
  void readsEveryEarlierVersionOfAnOriginalAndOfARecordToo() throws Exception {
    Path data = importLetter();
    // the letter revised: a new title, and a better scan of its second page in place of the first
    ScanFiles.write(dir, "scans/p2.png", ScanFiles.image("png", 60, 80));
    Path revised = dir.resolve("revised.json");
    Files.writeString(revised, "{\"id\": \"1\", \"title\": \"A letter, revised\","
        + " \"attachments\": [\"scans/p1.jpg\", \"scans/p2.png\"]}");
    Console imported = Console.run("import", "--data", data.toString(), revised.toString());
    assertThat(imported.exit()).as(imported.err()).isEqualTo(0);

    Console intact = Console.run("fixity", "--data", data.toString());
    assertThat(intact.exit()).as(intact.out() + intact.err()).isEqualTo(0);
    // p1.jpg, the new p2.png and the replaced one; both revisions of the record
    assertThat(intact.out()).isEqualTo("checked 3 files and 2 record versions: every one intact\n");

    OcflFiles.flipAByte(OcflFiles.objectRoot(data.resolve("ocfl"), "opis:documents/1").resolve("v1/content/p2.png"));
    OcflFiles.flipAByte(OcflFiles.objectRoot(data.resolve("ocfl"), "opis:records/documents/1")
        .resolve("v1/content/record.json"));

    Console changed = Console.run("fixity", "--data", data.toString());
    assertThat(changed.exit()).isEqualTo(6);
    List<String> lines = changed.out().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("document 1, file p2.png: changed: in version 1,"
        + " no longer the document's: its content has changed since it was kept: SHA-512 "));
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("document 1, record version: changed: version 1:"
        + " its content has changed since it was kept: SHA-512 "));
    assertThat(lines.get(2)).isEqualTo("checked 3 files and 2 record versions: 2 problems");
  }

  @Test
  void recordsEveryRunWithWhatItFound() throws Exception {
    Path data = importLetter();
    Console.run("fixity", "--data", data.toString());
    OcflFiles.flipAByte(OcflFiles.kept(data.resolve("ocfl"), "opis:documents/1", "p1.jpg"));
    Console.run("fixity", "--data", data.toString());

    try (Archive archive = Archive.open(new ArchiveSettings(data, Optional.empty()), Clock.systemUTC())) {
      FixityRun last = archive.fixityLog().last().orElseThrow();
      assertThat(last.actor()).isEqualTo("opis fixity");
      assertThat(last.files()).isEqualTo(2);
      assertThat(last.records()).isEqualTo(1);
      assertThat(last.finished()).isAfterOrEqualTo(last.started());
      assertThat(last.problems()).extracting(FixityProblem::subject, FixityProblem::condition)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("p1.jpg", FixityProblem.Condition.CHANGED));
      assertThat(archive.fixityLog().lastProblems(new org.opis.record.DocumentId("1"))).hasSize(1);
      assertThat(archive.fixityLog().lastProblems(new org.opis.record.DocumentId("2"))).isEmpty();
    }
  }

  private Path importLetter() throws Exception {
    Path data = dir.resolve("data");
    ScanFiles.write(dir, "scans/p1.jpg", ScanFiles.image("jpeg", 300, 400));
    ScanFiles.write(dir, "scans/p2.png", ScanFiles.image("png", 30, 40));
    Path record = dir.resolve("letter.json");
    Files.writeString(record, "{\"title\": \"A letter\", \"attachments\": [\"scans/p1.jpg\", \"scans/p2.png\"]}");
    Console imported = Console.run("import", "--data", data.toString(), record.toString());
    assertThat(imported.exit()).as(imported.err()).isEqualTo(0);
    return data;
  }
}

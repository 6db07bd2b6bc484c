package org.opis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.files.ScanFiles;

/** {@code opis backup} and {@code opis restore}: an archive, its accounts and its originals come back as they were. */
class BackupRestoreTest {
  @TempDir Path dir;

  @Test
  void restoresTheCatalogAccountsAndOriginalsOfABackup() throws Exception {
    Path data = dir.resolve("data");
    ScanFiles.write(dir, "scans/p1.jpg", ScanFiles.image("jpeg", 300, 400));
    Path records = dir.resolve("letters.jsonl");
    Files.writeString(records, "{\"title\": \"A letter from Rasht\", \"attachments\": [\"scans/p1.jpg\"]}\n"
        + "{\"title\": \"A restricted memorandum\", \"visibility\": \"restricted\"}\n");
    assertThat(Console.run("import", "--data", data.toString(), records.toString()).exit()).isEqualTo(0);
    InputStream before = System.in;
    System.setIn(new ByteArrayInputStream("a long enough password\n".getBytes(StandardCharsets.UTF_8)));
    try {
      assertThat(Console.run("user", "add", "olga", "--role", "administrator", "--password-stdin", "--data",
          data.toString()).exit()).isEqualTo(0);
    } finally {
      System.setIn(before);
    }

    Path backup = dir.resolve("backup");
    Console backedUp = Console.run("backup", backup.toString(), "--data", data.toString());
    assertThat(backedUp.exit()).as(backedUp.err()).isEqualTo(0);
    assertThat(backedUp.out()).contains("the catalog and the OCFL store of originals").doesNotContain("pg_dump");
    assertThat(backup.resolve("index")).doesNotExist();

    Path restored = dir.resolve("restored");
    Console back = Console.run("restore", backup.toString(), "--data", restored.toString());
    assertThat(back.exit()).as(back.err()).isEqualTo(0);
    assertThat(export(restored)).isEqualTo(export(data));
    assertThat(Console.run("user", "list", "--data", restored.toString()).out()).contains("olga");
    assertThat(Console.run("fixity", "--data", restored.toString()).out()).isEqualTo("checked 1 file and 2 record versions: every one intact\n");
    assertThat(Console.run("reindex", "--data", restored.toString()).out()).startsWith("indexed 2 documents");

    Console again = Console.run("restore", backup.toString(), "--data", restored.toString());
    assertThat(again.exit()).isEqualTo(3);
    assertThat(again.err()).contains("is not an empty folder; nothing was written");
    assertThat(Console.run("restore", dir.resolve("nothing").toString(), "--data", dir.resolve("x").toString()).err())
        .contains("is not a backup made by opis backup");
  }

  private String export(Path data) throws Exception {
    Path out = dir.resolve("export-" + data.getFileName() + ".jsonl");
    assertThat(Console.run("export", "--data", data.toString(), out.toString()).exit()).isEqualTo(0);
    return Files.readString(out);
  }

  @Test
  void aRestoredArchiveGoesOnKeepingRecordVersionsWhereItsBackupLeftOff() throws Exception {
    Path data = dir.resolve("data");
    Path first = dir.resolve("first.json");
    Files.writeString(first, "{\"id\": \"1\", \"title\": \"A letter from Rasht\"}");
    assertThat(Console.run("import", "--data", data.toString(), first.toString()).exit()).isEqualTo(0);
    Path backup = dir.resolve("backup");
    assertThat(Console.run("backup", backup.toString(), "--data", data.toString()).exit()).isEqualTo(0);
    // saved after the backup, in the archive that is then lost
    Path later = dir.resolve("later.json");
    Files.writeString(later, "{\"id\": \"1\", \"title\": \"A letter from Rasht, corrected\"}");
    assertThat(Console.run("import", "--data", data.toString(), later.toString()).exit()).isEqualTo(0);

    Path restored = dir.resolve("restored");
    assertThat(Console.run("restore", backup.toString(), "--data", restored.toString()).exit()).isEqualTo(0);
    assertThat(Console.run("fixity", "--data", restored.toString()).out())
        .isEqualTo("checked 0 files and 1 record version: every one intact\n");
    Path edited = dir.resolve("edited.json");
    Files.writeString(edited, "{\"id\": \"1\", \"title\": \"A letter from Rasht, edited after the restore\"}");
    assertThat(Console.run("import", "--data", restored.toString(), edited.toString()).exit()).isEqualTo(0);
    Console fixity = Console.run("fixity", "--data", restored.toString());
    assertThat(fixity.exit()).as(fixity.out()).isEqualTo(0);
    // the version of the backup and the edit's, one after the other
    assertThat(fixity.out()).isEqualTo("checked 0 files and 2 record versions: every one intact\n");
  }
}

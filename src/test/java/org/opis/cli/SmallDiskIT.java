package org.opis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.files.ScanFiles;

/**
 * The built program on a genuinely small file system (a tmpfs of a few megabytes, where the
 * machine lets the test mount one: as root, or skipped): imports fill it until one fails for lack
 * of space, wherever that happens (the catalog, the store of originals, the notes, the index).
 * That import says the disk is full and exits with 6, the archive keeps every document it had
 * and stays readable, and once the file system grows the same import succeeds, the index holds
 * the catalog and fixity passes.
 */
class SmallDiskIT {
  @TempDir Path dir;
  private Path mount;

  @AfterEach
  void unmount() throws Exception {
    if (mount != null) {
      sh("umount", mount.toString());
    }
  }

  private static boolean sh(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
  }

  private Path letters(int batch, int count) throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      String scan = "scans-" + batch + "/p" + i + ".png";
      ScanFiles.write(dir, scan, ScanFiles.image("png", 200 + i, 200 + batch));
      lines.append("{\"title\": \"Letter ").append(i).append(" of batch ").append(batch).append("\", \"summary\": \"")
          .append("A long summary of the letter. ".repeat(40)).append("\", \"attachments\": [\"").append(scan)
          .append("\"]}\n");
    }
    return Files.writeString(dir.resolve("batch-" + batch + ".jsonl"), lines, StandardCharsets.UTF_8);
  }

  @Test
  void anImportThatFillsTheDiskFailsWholeAndSucceedsOnceThereIsRoom() throws Exception {
    Path data = dir.resolve("small");
    Files.createDirectories(data);
    assumeTrue(sh("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", data.toString()),
        "this machine does not let the test mount a small tmpfs (it needs root)");
    mount = data;
    Path log = dir.resolve("opis.log");

    int exit = 0;
    int batch = 0;
    int imported = 0;
    while (exit == 0 && batch < 40) {
      Path letters = letters(++batch, 20);
      exit = OpisProcess.run(log, "import", "--data", data.toString(), letters.toString());
      if (exit == 0) {
        imported += 20;
      }
    }
    String said = Files.readString(log);
    System.out.println("batch " + batch + " failed after " + imported + " letters: " + said);
    assertThat(exit).as(said).isEqualTo(ExitCodes.STORAGE);
    assertThat(said).containsPattern("disk is full|disk of the originals' store is full");
    Path export = dir.resolve("export.jsonl");
    assertThat(OpisProcess.run(dir.resolve("export.log"), "export", "--data", data.toString(), "--format", "json",
        export.toString())).as("the archive is readable").isZero();
    List<String> records = Files.readAllLines(export).stream().filter(l -> l.contains("\"title\":\"Letter ")).toList();
    assertThat(records).as("every letter of the imports before, none of the one that failed").hasSize(imported);

    assertThat(sh("mount", "-o", "remount,size=64m", data.toString())).as("the file system grows").isTrue();
    assertThat(OpisProcess.run(log, "import", "--data", data.toString(), dir.resolve("batch-" + batch + ".jsonl")
        .toString())).as(Files.readString(log)).isZero();
    assertThat(OpisProcess.run(dir.resolve("reindex.log"), "reindex", "--data", data.toString())).isZero();
    Consistency consistency = new Consistency(data);
    assertThat(consistency.assertIndexHoldsTheCatalog()).hasSize(imported + 20);
    consistency.assertFixityPasses(dir.resolve("fixity.log"));
  }
}

package org.opis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export whose OUT a person mistyped is refused, naming the path in the way, never an unexpected error. */
class ExportTargetsTest {
  @TempDir Path dir;

  @Test
  void refusesToWriteJsonOverAFolder() throws Exception {
    Path full = Files.createDirectories(dir.resolve("full"));
    Files.writeString(full.resolve("keep.txt"), "kept");
    Console c = Console.run("export", "--data", Console.emptyArchive(dir.resolve("data")).toString(), full.toString());
    assertThat(c.exit()).as(c.err()).isEqualTo(ExitCodes.REJECTED);
    assertThat(c.err()).contains("cannot export into " + full + ": it is a folder").doesNotContain("unexpected");
    assertThat(Files.readString(full.resolve("keep.txt"))).isEqualTo("kept");
    assertThat(Files.list(dir).map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".opis-export-"));
  }

  @Test
  void leavesLastMonthsExportAloneUnlessToldToReplaceIt() throws Exception {
    Path data = Console.emptyArchive(dir.resolve("data"));
    Path backup = Files.writeString(dir.resolve("backup.jsonl"), "last month's backup\n");
    Console refused = Console.run("export", "--data", data.toString(), backup.toString());
    assertThat(refused.exit()).as(refused.err()).isEqualTo(ExitCodes.REJECTED);
    assertThat(refused.err()).contains("cannot export into " + backup + ": the file exists").contains("--replace")
        .contains("nothing was written");
    assertThat(Files.readString(backup)).isEqualTo("last month's backup\n");

    Console replaced = Console.run("export", "--data", data.toString(), "--replace", backup.toString());
    assertThat(replaced.exit()).as(replaced.err()).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(backup)).doesNotContain("last month");
  }

  @Test
  void refusesAnExportBelowAFile() throws Exception {
    Path file = Files.writeString(dir.resolve("notes"), "a file");
    Console.emptyArchive(dir.resolve("data"));
    for (String format : new String[] {"json", "tei", "bagit"}) {
      Path out = file.resolve("out");
      Console c = Console.run("export", "--data", dir.resolve("data").toString(), "--format", format, out.toString());
      assertThat(c.exit()).as(format + ": " + c.err()).isEqualTo(ExitCodes.REJECTED);
      assertThat(c.err()).as(format).contains("cannot export into " + out + ": " + file + " is a file, not a folder")
          .doesNotContain("unexpected");
    }
    assertThat(Files.readString(file)).isEqualTo("a file");
  }
}

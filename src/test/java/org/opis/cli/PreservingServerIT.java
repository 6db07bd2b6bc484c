package org.opis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server keeps record versions behind the catalog and checks fixity on its schedule, logging
 * what it found; killed with {@code kill -9}, it leaves an archive whose fixity holds.
 */
class PreservingServerIT {
  @TempDir Path dir;

  @Test
  void checksFixityOnItsScheduleAndLeavesAnIntactArchiveWhenKilled() throws Exception {
    Path data = dir.resolve("archive");
    assertThat(OpisProcess.run(dir.resolve("import.log"), "import", "--data", data.toString(),
        ImportCommandTest.SEED.toString())).isZero();
    Path log = dir.resolve("serve.log");
    try (OpisProcess serve = OpisProcess.serving(log, "serve", "--data", data.toString(), "--port", "0",
        "--fixity-every", "2s")) {
      Path more = dir.resolve("more.json");
      Files.writeString(more, "{\"title\": \"A second telegram, imported while the server runs\"}");
      assertThat(OpisProcess.run(dir.resolve("more.log"), "import", "--data", data.toString(), more.toString())).isZero();
      // the schedule's first check is due two seconds after the start; a busy machine may take longer
      for (int i = 0; i < 1200 && !Files.readString(log).contains("fixity check by schedule finished"); i++) {
        Thread.sleep(100);
      }
      assertThat(Files.readString(log)).contains("fixity checks every PT2S")
          .containsPattern("fixity check by schedule finished: checked 0 files and \\d+ record versions");
      serve.kill();
    }
    Path fixity = dir.resolve("fixity.log");
    assertThat(OpisProcess.run(fixity, "fixity", "--data", data.toString())).as(Files.readString(fixity)).isZero();
    assertThat(Files.readString(fixity)).containsPattern("checked 0 files and \\d+ record versions: every one intact");
  }
}

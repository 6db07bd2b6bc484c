package org.opis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code opis bench soak} as a user runs it, briefly: a fresh demo archive, a server in another
 * process, every kind of request answered, and the figures the README promises printed.
 */
class SoakIT {
  @TempDir Path dir;

  @Test
  void soaksAServerInAnotherProcessAndReportsRateFailuresAndMemory() throws Exception {
    Path log = dir.resolve("soak.log");
    Path markdown = dir.resolve("BENCHMARKS.md");
    int exit = OpisProcess.run(log, "bench", "soak", "--minutes", "0.15", "--count", "60", "--stretch", "3",
        "--warm-up", "3", "--connections", "4", "--markdown", markdown.toString());
    String out = Files.readString(log);

    assertThat(exit).as(out).isZero();
    assertThat(out).contains("soak, ").containsPattern("[1-9]\\d public documents").contains("server heap 512m")
        .contains("4 readers").containsPattern("\\d+ failed \\(aim: 0, met\\)");
    assertThat(out).containsPattern("(?m)^warm-up +\\d+ +[\\d,]+ +0 ").containsPattern("(?m)^1 +\\d+ +[\\d,]+ +0 ");
    for (String kind : new String[] {"document page", "search page", "API document", "API search", "IIIF tile"}) {
      assertThat(out).containsPattern("(?m)^" + kind + " +[1-9][\\d,]* +0 ");
    }
    assertThat(out).containsPattern("live heap at the end / after the first stretch measured: \\d+\\.\\d\\d");
    assertThat(Files.readString(markdown)).contains("### Soak").contains("| stretch |");
  }
}

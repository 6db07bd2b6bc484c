package org.opis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code opis bench startup} as a user runs it, on a small demo archive and two starts. */
class StartupBenchIT {
  @TempDir Path dir;

  @Test
  void timesTheFirstDocumentPageBesideABareJavaPage() throws Exception {
    Path log = dir.resolve("startup.log");
    int exit = OpisProcess.run(log, "bench", "startup", "--count", "30", "--runs", "2");
    String out = Files.readString(log);

    assertThat(exit).as(out).isZero();
    assertThat(out).contains("start-up, ").contains("2 starts of each")
        .containsPattern("(?m)^opis serve, /documents/\\S+ +\\d+\\.\\d\\d +\\d+\\.\\d\\d +\\d+\\.\\d\\d")
        .containsPattern("(?m)^bare Java page \\(baseline\\) +\\d+\\.\\d\\d")
        .containsPattern("(?m)^ratio +\\d+\\.\\dx")
        .containsPattern("first page \\d+\\.\\d\\d s after start \\(median of 2\\), aim under 3 s: (met|NOT met)");
  }
}

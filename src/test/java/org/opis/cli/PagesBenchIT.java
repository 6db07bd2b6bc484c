package org.opis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code opis bench pages} as a user runs it, briefly, with Debian's wrk and nginx, which
 * {@code .ci/run} installs; without them it fails, unless {@code -Dopis.pages=skip}.
 */
class PagesBenchIT {
  @TempDir Path dir;

  @Test
  void servesTheSamePagesFromOpisAndFromNginxToWrk() throws Exception {
    Assumptions.assumeFalse("skip".equals(System.getProperty("opis.pages")),
        "the pages benchmark's test is skipped because opis.pages is \"skip\"");
    Path log = dir.resolve("pages.log");
    int exit = OpisProcess.run(log, "bench", "pages", "--count", "30", "--seconds", "2", "--connections", "4");
    String out = Files.readString(log);

    assertThat(exit).as(out).isZero();
    assertThat(out).contains("wrk -t2 -c4 for 2 s")
        .containsPattern("(?m)^document pages \\(\\d+\\) +\\d+\\.\\d +[\\d,]+ +\\d+\\.\\d\\d +\\d+\\.\\d\\d +\\d+ +[1-9][\\d,]* ")
        .containsPattern("(?m)^search pages \\(200\\) +\\d+\\.\\d +[\\d,]+ ")
        .containsPattern("document pages: \\d\\.\\d{3} of nginx's rate");
  }
}

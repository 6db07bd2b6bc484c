package org.opis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code opis bench all} as a user runs it, briefly: one archive imported, then every report over
 * it, and one ratios file holding the ratios of all four; needs wrk and nginx as the pages
 * benchmark does (skipped with {@code -Dopis.pages=skip}).
 */
class BenchAllIT {
  @TempDir Path dir;

  @Test
  void importsOneArchiveAndMeasuresEverythingOverIt() throws Exception {
    Assumptions.assumeFalse("skip".equals(System.getProperty("opis.pages")),
        "the pages benchmark's test is skipped because opis.pages is \"skip\"");
    Path log = dir.resolve("all.log");
    Path ratios = dir.resolve("ratios.tsv");
    int exit = OpisProcess.run(log, "bench", "all", "--count", "150", "--seconds", "2", "--runs", "1", "--minutes",
        "0.2", "--ratios", ratios.toString());
    String out = Files.readString(log);

    assertThat(exit).as(out).isZero();
    assertThat(out).containsPattern("(?m)^import, documents/s +[\\d,]+ +[\\d,]+ ")
        .containsPattern("(?m)^document pages \\(\\d+\\) ")
        .containsPattern("(?m)^failed +0 +0 *$")
        .contains("after the import: 150 documents catalogued (of 150)");
    List<String> benches = Files.readAllLines(ratios).stream().filter(l -> !l.startsWith("#"))
        .map(l -> l.split("\t")[0]).distinct().toList();
    assertThat(benches).containsExactly("ingest", "pages", "startup", "memory");
  }
}

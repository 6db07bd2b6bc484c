package org.opis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code opis bench ingest} as a user runs it, on 300 documents: every figure there, positive,
 * and each ratio the quotient of the figures beside it. How fast anything was is not asserted.
 */
class IngestBenchIT {
  @TempDir Path dir;

  @Test
  void importsAndReindexesBesideTheBareBaselineAndReportsEveryFigure() throws Exception {
    Path log = dir.resolve("ingest.log");
    Path markdown = dir.resolve("BENCHMARKS.md");
    int exit = OpisProcess.run(log, "bench", "ingest", "--count", "300", "--work", dir.resolve("work").toString(),
        "--markdown", markdown.toString());
    String out = Files.readString(log);

    assertThat(exit).as(out).isZero();
    assertThat(out).contains("ingest, ", "300 documents and ", "command: opis bench ingest --count 300");
    for (String figure : List.of("import, s", "import, documents/s", "reindex, s", "reindex, documents/s",
        "reindex of 1M at that rate, min")) {
      double[] f = numbers(out, figure, 3);
      assertThat(f[0]).as(figure).isPositive();
      assertThat(f[1]).as(figure).isPositive();
      double rounding = f[0] < 10 || f[1] < 10 ? 0.2 : 0.02; // figures printed with no decimals or one
      assertThat(f[2]).as(figure + ": the ratio of Opis to the baseline").isCloseTo(f[0] / f[1], within(f[2] * rounding + 0.01));
    }
    double baseline = numbers(out, "import, s", 3)[1];
    double lucene = numbers(out, "  bare Lucene, s", 1)[0];
    double sqlite = numbers(out, "  bare SQLite, s", 1)[0];
    assertThat(lucene).isPositive();
    // 300 rows may take under a hundredth of a second on a quiet machine: that the pass ran is its line
    assertThat(sqlite).isNotNegative();
    assertThat(out).containsPattern("bare SQLite: [\\d,]+ rows in ");
    assertThat(lucene + sqlite).as("the baseline is bare Lucene plus bare SQLite").isCloseTo(baseline, within(0.11));
    // the reindex row prints the same time to a tenth, the bare Lucene row to a hundredth
    assertThat(numbers(out, "reindex, s", 3)[1]).as("reindex's baseline is bare Lucene").isCloseTo(lucene, within(0.051));
    for (String stage : List.of("cataloguing", "indexing", "preserving")) {
      assertThat(out).containsPattern("(?m)^" + stage + " +[\\d,]+ (records|changes) +\\d[\\d,]*\\.\\d +\\d[\\d,]* ");
    }
    assertThat(out).containsPattern("(?m)^whole import +300 documents +\\d[\\d,]*\\.\\d +\\d")
        .containsPattern("result: import: [\\d,]+ documents/s catalogued, stored and searchable \\(aim: at least 3,500, (met|NOT met)\\)")
        .containsPattern("result: rate at the end / at the start: cataloguing [\\d.-]+, indexing [\\d.-]+, preserving [\\d.-]+ ")
        .containsPattern("result: live heap at nine tenths / at a tenth: cataloguing ")
        .containsPattern("result: reindex: a million documents in [\\d,.]+ min at this rate")
        .contains("result: after the import: 300 documents catalogued (of 300), the index up to date, the OCFL store up to date");
    assertThat(Files.readString(markdown)).startsWith("\n### Ingest, 300 documents, ").contains("| import, s |");
  }

  // the first numbers of the row that begins with `figure`, its cells parted by two spaces or more
  private static double[] numbers(String out, String figure, int count) {
    String row = out.lines().filter(l -> l.startsWith(figure + "  ")).findFirst()
        .orElseThrow(() -> new AssertionError("no row " + figure + " in\n" + out));
    return Arrays.stream(row.substring(figure.length()).strip().split(" {2,}")).limit(count)
        .mapToDouble(cell -> Double.parseDouble(cell.replace(",", ""))).toArray();
  }
}

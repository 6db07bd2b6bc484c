package org.opis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code opis bench memory} as a user runs it, briefly: a small demo archive served with a 512m
 * heap and then a 4g one under the soak's load; every row a number, nothing failed, and each
 * ratio, in the table and in the --ratios file, the figure over the baseline as printed.
 */
class MemoryBenchIT {
  @TempDir Path dir;

  @Test
  void servesTheLoadWithABoundedHeapBesideALargeOneAndStatesTheRatios() throws Exception {
    Path log = dir.resolve("memory.log");
    Path ratios = dir.resolve("ratios.tsv");
    Path markdown = dir.resolve("BENCHMARKS.md");
    int exit = OpisProcess.run(log, "bench", "memory", "--count", "200", "--minutes", "0.2", "--connections", "4",
        "--ratios", ratios.toString(), "--markdown", markdown.toString());
    String out = Files.readString(log);

    assertThat(exit).as(out).isZero();
    assertThat(out).contains("memory, ").containsPattern("[1-9]\\d+ public documents")
        .contains("server heap 512m beside 4g", "4 readers");
    String heap = "([\\d,]+|\\?)";
    assertThat(out).containsPattern("(?m)^requests answered +[1-9][\\d,]* +[1-9][\\d,]* *$")
        .containsPattern("(?m)^failed +0 +0 *$")
        .containsPattern("(?m)^GC pauses +\\d+ +\\d+ *$")
        .containsPattern("(?m)^full collections by the load +\\d+ +\\d+ *$")
        // "?" when jcmd could not have a full collection made, which a busy machine sees now and then
        .containsPattern("(?m)^live heap after warm-up MiB +" + heap + " +" + heap + " *$")
        .containsPattern("(?m)^live heap at the end MiB +" + heap + " +" + heap + " *$")
        .containsPattern("heap 512m: [\\d,]+ requests answered in 0\\.2 minutes after the warm-up, [\\d,]+ a second; "
            + "0 failed \\(aim: 0, met\\)")
        .containsPattern("heap 512m: \\d+\\.\\d% of the time after the warm-up in collections, \\d+ pauses");

    Map<String, Double> written = new HashMap<>();
    for (String line : Files.readAllLines(ratios)) {
      if (!line.startsWith("#")) {
        String[] cells = line.split("\t");
        assertThat(cells[0]).isEqualTo("memory");
        written.put(cells[1], Double.parseDouble(cells[2]));
      }
    }
    assertThat(written).containsKeys("requests/s", "p99");
    consistent(out, "requests/s", "([\\d,]+)", "([\\d,]+)", 0.5, written);
    consistent(out, "p99 ms", "(\\d+\\.\\d)", "(\\d+\\.\\d)", 0.05, written);
    consistent(out, "GC time share", "(\\d+\\.\\d)%", "(\\d+\\.\\d)%", 0.05, written);
    assertThat(Files.readString(markdown)).contains("### Memory").contains("| figure | heap 512m | heap 4g (baseline) |");
  }

  // the row's ratio is its figure over its baseline, within the rounding of the printed figures (half a unit),
  // and the --ratios file has the same ratio; a baseline of 0 has no ratio, "-", and no line in the file
  private static void consistent(String out, String row, String figure, String baseline, double half,
      Map<String, Double> written) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(row) + " +" + figure + " +" + baseline + " +(\\d+\\.\\d\\d|-) *$")
        .matcher(out);
    assertThat(m.find()).as("a row \"%s\" of two figures and a ratio in:%n%s", row, out).isTrue();
    double f = Double.parseDouble(m.group(1).replace(",", ""));
    double b = Double.parseDouble(m.group(2).replace(",", ""));
    String key = row.equals("p99 ms") ? "p99" : row;
    if (m.group(3).equals("-")) {
      assertThat(b).as(row + " baseline").isZero();
      assertThat(written).doesNotContainKey(key);
      return;
    }
    double ratio = Double.parseDouble(m.group(3));
    assertThat(ratio).as(row).isBetween((f - half) / (b + half) - 0.005, b <= half ? Double.MAX_VALUE : (f + half) / (b - half) + 0.005);
    assertThat(written.get(key)).as(row + " in the ratios file").isCloseTo(ratio, org.assertj.core.data.Offset.offset(0.0051));
  }
}

package org.opis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code opis bench check} as CI runs it: recorded ratios against the ones a run wrote with --ratios. */
class BenchCheckCommandTest {
  @TempDir Path dir;

  private Path tsv(String name, String... lines) throws Exception {
    return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
  }

  private Path recorded() throws Exception {
    return tsv("recorded.tsv", "# measured at --count 20000", "pages\tdocument pages req/s\t0.28\thigher",
        "startup\tfirst page\t6\tlower", "memory\tp99\t1.1\tlower");
  }

  @Test
  void passesRatiosNoMoreThanThreeTimesWorseAndReportsTheMissing() throws Exception {
    Path pages = tsv("pages.tsv", "# bench\tfigure\tratio\tbetter", "pages\tdocument pages req/s\t0.1\thigher");
    Path startup = tsv("startup.tsv", "startup\tfirst page\t17.9\tlower");

    Console c = Console.run("bench", "check", "--recorded", recorded().toString(), pages.toString(), startup.toString());

    assertThat(c.exit()).as(c.err()).isZero();
    assertThat(c.out()).contains(
        "ok: pages, document pages req/s: 0.1 now, 0.28 recorded (2.8x worse; fails beyond 3x worse, higher is better)",
        "ok: startup, first page: 17.9 now, 6 recorded (2.98x worse; fails beyond 3x worse, lower is better)",
        "missing: memory, p99: recorded 1.1, not measured in this run (not failed)",
        "2 ratios compared with " + dir.resolve("recorded.tsv") + ": none more than 3x worse");
  }

  @Test
  void failsARatioMoreThanThreeTimesWorseNamingTheFigureAndBothRatios() throws Exception {
    Path now = tsv("now.tsv", "pages\tdocument pages req/s\t0.09\thigher", "startup\tfirst page\t5\tlower");

    Console c = Console.run("bench", "check", "--recorded", recorded().toString(), now.toString());

    assertThat(c.exit()).isEqualTo(8);
    assertThat(c.out()).contains("REGRESSED: pages, document pages req/s: 0.09 now, 0.28 recorded: 3.11x worse, "
        + "more than 3x (higher is better)");
    assertThat(c.err()).isEqualTo("opis bench check: 1 of 2 ratios more than 3x worse than recorded in "
        + dir.resolve("recorded.tsv") + ": pages, document pages req/s: 0.09 now, 0.28 recorded, 3.11x worse\n");
  }

  @Test
  void aWiderToleranceLetsItPass() throws Exception {
    Path now = tsv("now.tsv", "pages\tdocument pages req/s\t0.09\thigher");
    Console c = Console.run("bench", "check", "--tolerance", "4", "--recorded", recorded().toString(), now.toString());
    assertThat(c.exit()).as(c.err()).isZero();
    assertThat(c.out()).contains("none more than 4x worse");
  }

  @Test
  void refusesAFileThatIsNotRatiosNamingItsLine() throws Exception {
    Path now = tsv("now.tsv", "pages\tdocument pages req/s\t0.3\thigher", "startup\tfirst page\t6,5\tlower");
    Console c = Console.run("bench", "check", "--recorded", recorded().toString(), now.toString());
    assertThat(c.exit()).isEqualTo(3);
    assertThat(c.err()).isEqualTo("opis bench check: " + now + ", line 2, column \"ratio\": cannot read \"6,5\" as a number\n");
  }

  @Test
  void refusesAFigureGivenInTwoNewFiles() throws Exception {
    Path a = tsv("a.tsv", "startup\tfirst page\t6\tlower");
    Path b = tsv("b.tsv", "startup\tfirst page\t7\tlower");
    Console c = Console.run("bench", "check", "--recorded", recorded().toString(), a.toString(), b.toString());
    assertThat(c.exit()).isEqualTo(3);
    assertThat(c.err()).contains("startup, first page is in " + a + " and again in " + b + "; give each figure in one file");
  }

  @Test
  void refusesAToleranceBelowOne() throws Exception {
    Console c = Console.run("bench", "check", "--tolerance", "0.5", "--recorded", recorded().toString(),
        recorded().toString());
    assertThat(c.exit()).isEqualTo(2);
    assertThat(c.err()).contains("--tolerance is 0.5; give a factor of 1 or more");
  }

  @Test
  void theServerBenchmarksOfferRatios() {
    for (String bench : new String[] {"pages", "startup", "memory"}) {
      Console c = Console.run("bench", bench, "--help");
      assertThat(c.exit()).isZero();
      assertThat(c.out()).as(bench).contains("--ratios=FILE");
    }
    assertThat(Console.run("bench", "memory", "--help").out()).contains("--heap=SIZE", "--baseline-heap=SIZE",
        "--minutes=M", "--connections=C", "--data=DIR");
    assertThat(Console.run("bench", "--help").out()).contains("memory ", "check ");
  }
}

package org.opis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
  @TempDir Path dir;

  @Test
  void benchAndItsSearchExplainThemselves() {
    Console bench = Console.run("bench", "--help");
    assertThat(bench.exit()).isZero();
    assertThat(bench.out()).startsWith("Usage: opis bench ").contains("search ");
    Console search = Console.run("bench", "search", "--help");
    assertThat(search.exit()).isZero();
    assertThat(search.out()).startsWith("Usage: opis bench search ")
        .contains("--count=N", "--seed=S", "--work=DIR", "--keep", "--markdown=FILE");
    assertThat(Console.run("--help").out()).contains("bench ");
  }

  @Test
  void benchAloneAsksWhatToMeasure() {
    Console c = Console.run("bench");
    assertThat(c.exit()).isEqualTo(2);
    assertThat(c.err()).contains("say what to measure; 'opis bench help' lists it");
  }

  @Test
  void searchNeedsACount() {
    Console c = Console.run("bench", "search");
    assertThat(c.exit()).isEqualTo(2);
    assertThat(c.err()).contains("Missing required option: '--count=N'");
  }

  @Test
  void refusesNoPasses() {
    Console c = Console.run("bench", "search", "--count", "10", "--passes", "0");
    assertThat(c.exit()).isEqualTo(2);
    assertThat(c.err()).contains("give 1 or more timed passes and 0 or more warm-ups, not 0 and 3");
  }

  @Test
  void refusesACountBelowOne() {
    Console c = Console.run("bench", "search", "--count", "0", "--work", dir.toString());
    assertThat(c.exit()).isEqualTo(3);
    assertThat(c.err()).contains("cannot benchmark search on 0 documents: give 1 or more");
  }

  @Test
  void printsTheFiguresAndAppendsThemAsMarkdown() throws Exception {
    Path markdown = dir.resolve("BENCHMARKS.md");
    Files.writeString(markdown, "# Benchmarks\n");
    Console c = Console.run("bench", "search", "--count", "150", "--passes", "1", "--warmups", "0",
        "--work", dir.resolve("work").toString(), "--markdown", markdown.toString());
    assertThat(c.exit()).as(c.err()).isZero();
    assertThat(c.out()).contains("150 documents, seed 42", "command: opis bench search --count 150 --passes 1",
        "whole mix", "bare Lucene");
    assertThat(Files.readString(markdown)).startsWith("# Benchmarks\n\n### Search, 150 documents (")
        .contains("| whole mix | p50 ms |", "|  | p99 ms |");
  }
}

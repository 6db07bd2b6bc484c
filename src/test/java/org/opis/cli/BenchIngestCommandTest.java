package org.opis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchIngestCommandTest {
  @TempDir Path dir;

  @Test
  void explainsItselfUnderBench() {
    assertThat(Console.run("bench", "--help").out()).contains("ingest ");
    Console c = Console.run("bench", "ingest", "--help");
    assertThat(c.exit()).isZero();
    assertThat(c.out()).startsWith("Usage: opis bench ingest ").contains("--count=N", "--seed=S", "--work=DIR", "--keep",
        "--markdown=FILE");
  }

  @Test
  void needsACountOfOneOrMore() {
    assertThat(Console.run("bench", "ingest").err()).contains("Missing required option: '--count=N'");
    Console c = Console.run("bench", "ingest", "--count", "0", "--work", dir.toString());
    assertThat(c.exit()).isEqualTo(3);
    assertThat(c.err()).contains("cannot benchmark ingest of 0 documents: give 1 or more");
  }
}

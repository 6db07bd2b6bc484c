package org.opis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
  @TempDir Path dir;

  @Test
  void theSameSeedGivesTheSameFileAndTheFileImports() throws Exception {
    Path a = dir.resolve("a.jsonl");
    Path b = dir.resolve("b.jsonl");
    Console first = Console.run("generate", "--count", "40", "--seed", "7", a.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).startsWith(a + ": wrote 40 documents and ");
    assertThat(Console.run("generate", "--count", "40", "--seed", "7", b.toString()).exit()).isZero();
    assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
    assertThat(Files.readString(a)).contains("not a historical source");

    Console imported = Console.run("import", "--data", dir.resolve("data").toString(), a.toString());
    assertThat(imported.exit()).as(imported.out()).isZero();
    assertThat(imported.out()).startsWith(a + ": imported 40 documents (40 new, ");
  }

  @Test
  void refusesANegativeCount() {
    Console c = Console.run("generate", "--count", "-5", dir.resolve("x.jsonl").toString());
    assertThat(c.exit()).isEqualTo(3);
    assertThat(c.err()).contains("cannot generate -5 documents: give a number of 0 or more");
  }
}

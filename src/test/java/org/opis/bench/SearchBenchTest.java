package org.opis.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole benchmark, as the command runs it, on a corpus of 300 documents. */
class SearchBenchTest {
  @TempDir Path dir;

  @Test
  void generatesImportsIndexesAndMeasuresThenReusesTheCorpus() {
    List<String> notes = new ArrayList<>();
    Progress recording = new Progress() {
      @Override
      public Step step(String label, String unit, long total) {
        return done -> {};
      }

      @Override
      public void note(String line) {
        notes.add(line);
      }
    };
    SearchBench bench = new SearchBench(new SearchBench.Settings(300, 42, new Trial.Plan(0, 1, 1), "opis bench", 500_000),
        recording, Clock.systemUTC());
    SearchReport report;
    try (Workspace w = Workspace.open(Optional.of(dir), false)) {
      report = bench.run(w);
    }
    assertThat(notes.get(0)).startsWith("generated 300 documents (");
    assertThat(notes.get(1)).startsWith("imported 300 documents in ");
    assertThat(notes.get(2)).startsWith("indexed 300 documents with Opis in ");
    assertThat(notes.get(3)).startsWith("indexed 300 documents with bare Lucene in ");
    assertThat(report.baseline().unanswered()).isEmpty();
    assertThat(report.baseline().byKind()).containsOnlyKeys(QueryKind.values());
    assertThat(report.baselineBuilt().documents()).isEqualTo(300);
    assertThat(report.count()).isEqualTo(300);
    assertThat(report.steps()).isEqualTo(notes.subList(0, 4));
    assertThat(report.opisBuilt().orElseThrow().documents()).isEqualTo(300);
    Measured opis = report.opis().orElseThrow();
    assertThat(opis.byKind()).containsOnlyKeys(QueryKind.values());
    // about 2 MB of corpus in parts of 0.5 MB, each imported on its own
    assertThat(CorpusParts.parts(dir.resolve("corpus-300-seed-42"))).hasSizeGreaterThan(3);
    assertThat(Files.exists(dir.resolve("archive"))).isFalse();

    notes.clear();
    try (Workspace w = Workspace.open(Optional.of(dir), false)) {
      bench.run(w);
    }
    assertThat(notes.get(0)).isEqualTo("reused the corpus " + dir.resolve("corpus-300-seed-42"));
  }
}

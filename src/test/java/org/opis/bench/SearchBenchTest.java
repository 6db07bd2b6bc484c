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
    Progress recording = recordingInto(notes);
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

  @Test
  void reusesTheArchiveAndIndexesAnEarlierRunKeptAndMakesThemAgainForAnotherCorpus() {
    List<String> notes = new ArrayList<>();
    Progress recording = recordingInto(notes);
    SearchBench bench = new SearchBench(new SearchBench.Settings(150, 42, new Trial.Plan(0, 1, 1), "opis bench"),
        recording, Clock.systemUTC());
    try (Workspace w = Workspace.open(Optional.of(dir), true)) {
      bench.run(w);
    }
    notes.clear();
    SearchReport again;
    try (Workspace w = Workspace.open(Optional.of(dir), true)) {
      again = bench.run(w);
    }
    assertThat(notes.get(1)).startsWith("reused the archive of 150 documents imported by an earlier run in ");
    assertThat(notes.get(2)).startsWith("reused the index built by an earlier run: indexed 150 documents with Opis");
    assertThat(notes.get(3)).startsWith("reused the baseline built by an earlier run: indexed 150 documents");
    assertThat(again.opis().orElseThrow().unanswered()).isEmpty();

    notes.clear();
    SearchBench other = new SearchBench(new SearchBench.Settings(150, 7, new Trial.Plan(0, 1, 1), "opis bench"),
        recording, Clock.systemUTC());
    try (Workspace w = Workspace.open(Optional.of(dir), false)) {
      other.run(w);
    }
    assertThat(notes.get(1)).startsWith("imported 150 documents in ");
    assertThat(notes.get(2)).startsWith("indexed 150 documents with Opis in ");
    assertThat(notes.get(3)).startsWith("indexed 150 documents with bare Lucene in ");
    assertThat(Files.exists(dir.resolve("archive"))).isFalse();
  }

  // a progress that keeps the notes it is told, and draws nothing
  private static Progress recordingInto(List<String> notes) {
    return new Progress() {
      @Override
      public Step step(String label, String unit, long total) {
        return done -> {};
      }

      @Override
      public void note(String line) {
        notes.add(line);
      }
    };
  }
}

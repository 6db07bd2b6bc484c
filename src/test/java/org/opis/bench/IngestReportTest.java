package org.opis.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IngestReportTest {
  private static final long S = 1_000_000_000L;
  private static final Machine MACHINE = new Machine(2, Optional.empty(), 8L << 30, 2L << 30, "a JDK", "an OS");

  private static IngestReport report(long importSeconds, Map<Integer, Long> indexingHeap) {
    Stage cataloguing = new Stage("cataloguing", "records", 1_100, 0, 10 * S,
        List.of(new Stage.Sample(S, 100), new Stage.Sample(2 * S, 220), new Stage.Sample(9 * S, 990)),
        Map.of(10, 20L << 20, 50, 21L << 20, 90, 21L << 20));
    Stage indexing = new Stage("indexing", "changes", 1_100, 10 * S, (importSeconds - 5) * S,
        List.of(new Stage.Sample(11 * S, 500), new Stage.Sample(12 * S, 1_000)), indexingHeap);
    Stage preserving = new Stage("preserving", "changes", 1_100, (importSeconds - 5) * S, importSeconds * S,
        List.of(), Map.of());
    return new IngestReport(MACHINE, "opis bench ingest --count 1000", LocalDate.of(2026, 11, 27), 1_000, 42, 1,
        1_100, new ImportRun(importSeconds * S, List.of(cataloguing, indexing, preserving), 6, 250),
        new IngestBench.Left(1_000, 0, 0), new Built("bare Lucene", 1_000, 6 * S, 1), new Built("bare SQLite", 1_100, 4 * S, 1),
        new IngestBench.Reindexed(12 * S, true), List.of(11.25, 12.0, 9.5, 10.0), List.of());
  }

  @Test
  void statesOpisBesideTheBaselineAsARatioWithTheAims() {
    String text = report(30, Map.of()).text();

    assertThat(text).startsWith("ingest, 2026-11-27: 1,000 documents and 100 authority records (seed 42, 1 file),"
        + " imported into a fresh archive; load average 11.3 at the start, 12.0 after the import, 9.5 after the"
        + " baseline, 10.0 at the end\n");

    // the baseline is bare Lucene's 6 s plus bare SQLite's 4 s
    assertThat(text).containsPattern("(?m)^import, s +30\\.0 +10\\.0 +3\\.00 +ratio at most 2$")
        .containsPattern("(?m)^import, documents/s +33 +100 +0\\.33 +at least 3,500$")
        .containsPattern("(?m)^  bare Lucene, s +6\\.00 *$")
        .containsPattern("(?m)^reindex, s +12\\.0 +6\\.0 +2\\.00 *$")
        .containsPattern("(?m)^reindex of 1M at that rate, min +200\\.0 +100\\.0 +2\\.00 +under 5$")
        .contains("result: import: 33 documents/s catalogued, stored and searchable (aim: at least 3,500, NOT met)")
        .contains("result: import: 3.00 times the bare baseline's time")
        .contains("reindex: a million documents in 200.0 min at this rate (aim: under 5, NOT met); its progress bar showed an ETA");
  }

  @Test
  void comparesEachStagesEndWithItsStartAndItsHeapAtNineTenthsWithItsHeapAtATenth() {
    String text = report(30, Map.of(10, 40L << 20, 50, 50L << 20, 90, 60L << 20)).text();

    // cataloguing: 120 records in 1 s at the start, 110 in 1 s at the end; indexing: 500 changes in
    // its first second (it drew first past a tenth, so from its start), then 600 in 14 s at the end;
    // no line counted the last unit before a stage's end, so no stage has a tail
    assertThat(text).containsPattern("(?m)^cataloguing +1,100 records +10\\.0 +110 +120 +110 +0\\.92 +0\\.0 +20 +21 +21$")
        .containsPattern("(?m)^indexing +1,100 changes +15\\.0 +73 +500 +43 +0\\.09 +0\\.0 +40 +50 +60$")
        .containsPattern("(?m)^preserving +1,100 changes +5\\.0 +220 +220 +220 +1\\.00 +0\\.0 +\\? +\\? +\\?$")
        .contains("rate at the end / at the start: cataloguing 0.92, indexing 0.09, preserving 1.00 (aim: each at least 0.80, NOT met)")
        .contains("live heap at nine tenths / at a tenth: cataloguing 1.05, indexing 1.50, preserving ? (aim: each at most 1.10, NOT met;");
  }
}

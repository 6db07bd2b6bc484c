package org.opis.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.generate.SyntheticCorpus;
import org.opis.record.Document;

/** The harness on a corpus of 300 documents, against the baseline alone. */
class TrialTest {
  private static final int COUNT = 300;
  @TempDir static Path dir;
  private static BaselineIndex baseline;
  private static QueryMix mix;

  @BeforeAll
  static void build() {
    SyntheticCorpus corpus = new SyntheticCorpus(42);
    List<Document> documents = new ArrayList<>();
    for (int k = 1; k <= COUNT; k++) {
      documents.add(corpus.document(k));
    }
    baseline = BaselineIndex.build(dir.resolve("baseline"), documents::forEach, done -> {});
    mix = QueryMix.draw(corpus, COUNT);
  }

  @AfterAll
  static void close() {
    baseline.close();
  }

  @Test
  void theBaselineFindsSomethingForEveryQueryOfTheMix() {
    for (BenchQuery q : mix.queries()) {
      assertThat(baseline.search(q)).as(q.toString()).isPositive();
    }
    assertThat(baseline.built().documents()).isEqualTo(COUNT);
    assertThat(baseline.built().bytes()).isPositive();
  }

  @Test
  void theBaselineTranslatesEachKindPlainly() {
    assertThat(baseline.translate(mix.of(QueryKind.WORD).get(0)).getClass().getSimpleName()).isEqualTo("TermQuery");
    assertThat(baseline.translate(mix.of(QueryKind.PHRASE).get(0)).toString()).isEqualTo("text:\"of the\"");
    BenchQuery fielded = mix.of(QueryKind.FIELDED).get(0);
    assertThat(baseline.translate(fielded).toString())
        .startsWith("+text:" + fielded.words().get(0).toLowerCase(java.util.Locale.ROOT) + " #date:[");
  }

  @Test
  void aTrialGivesSaneFiguresForEveryKindAndTheWholeMix() {
    List<Measured> measured = new Trial(new Trial.Plan(1, 2, 1), Progress.SILENT).run(List.of(baseline), mix);
    assertThat(measured).hasSize(1);
    Measured m = measured.get(0);
    assertThat(m.engine()).isEqualTo("bare Lucene");
    assertThat(m.unanswered()).isEmpty();
    assertThat(m.byKind()).containsOnlyKeys(QueryKind.values());
    m.byKind().forEach((kind, f) -> {
      assertThat(f.queries()).isEqualTo(2 * mix.of(kind).size());
      assertSane(f);
    });
    assertThat(m.whole().queries()).isEqualTo(2 * mix.queries().size());
    assertSane(m.whole());
  }

  @Test
  void theReportShowsEveryKindWithTheMachineAndTheCommand() {
    Measured m = new Trial(new Trial.Plan(0, 1, 1), Progress.SILENT).run(List.of(baseline), mix).get(0);
    SearchReport report = new SearchReport(Machine.here(), "opis bench search --count 300", LocalDate.of(2026, 11, 26),
        COUNT, 42, mix, new Trial.Plan(0, 1, 1), Optional.empty(), baseline.built(), Optional.empty(), m,
        List.of("imported 300 documents in 1.0 s"), List.of("Opis's own index is not measured yet"));
    String text = report.text();
    assertThat(text).startsWith("search benchmark, 2026-11-26: 300 documents, seed 42; " + mix.queries().size()
        + " queries (16 single word, 12 phrase, ");
    assertThat(text).contains("machine: " + Runtime.getRuntime().availableProcessors() + " cores",
        "command: opis bench search --count 300\nstep: imported 300 documents in 1.0 s\n", "single word", "phrase", "name with variants",
        "fielded + dates + facets", "whole mix", "p50 ms", "p99 ms", "QPS 2 threads", "documents/s",
        "note: Opis's own index is not measured yet");
    assertThat(report.verdicts()).isEmpty();
    assertThat(report.markdown()).startsWith("### Search, 300 documents (2026-11-26)")
        .contains("- steps: imported 300 documents in 1.0 s\n")
        .contains("| query | figure | Opis | bare Lucene | ratio |", "|---|---|---:|---:|---:|",
            "| phrase | p50 ms | - | ");
  }

  @Test
  void theReportComparesOpisWithTheBaselineAndJudgesTheAims() {
    // figures made up, so the verdicts do not depend on how busy the machine is
    java.util.Map<QueryKind, Figures> fast = new java.util.EnumMap<>(QueryKind.class);
    java.util.Map<QueryKind, Figures> slower = new java.util.EnumMap<>(QueryKind.class);
    for (QueryKind k : QueryKind.values()) {
      fast.put(k, new Figures(10, 1, 10, 12, 100, 200));
      slower.put(k, k == QueryKind.PHRASE ? new Figures(10, 30, 60, 70, 10, 20) : new Figures(10, 1, 15, 16, 90, 180));
    }
    Measured base = new Measured("bare Lucene", fast, new Figures(40, 1, 10, 12, 100, 200), List.of());
    Measured opis = new Measured("Opis", slower, new Figures(40, 1, 60, 70, 10, 20), List.of());
    SearchReport report = new SearchReport(Machine.here(), "c", LocalDate.of(2026, 11, 26), COUNT, 42, mix,
        new Trial.Plan(0, 1, 1), Optional.of(new Built("Opis", COUNT, 2_000_000_000L, 5_000_000)), baseline.built(),
        Optional.of(opis), base, List.of(), List.of());
    assertThat(report.verdicts()).hasSize(2);
    assertThat(report.verdicts().get(0)).isEqualTo("whole mix p99 under 50 ms: missed (60.0 ms)");
    assertThat(report.verdicts().get(1)).isEqualTo("every kind's p99 within 2x of bare Lucene: missed for phrase 6.0x");
    assertThat(report.text()).contains("aim: whole mix p99 under 50 ms: missed (60.0 ms)");
    assertThat(report.text()).containsPattern("index build\\s+documents/s\\s+150\\s");
  }

  private static void assertSane(Figures f) {
    assertThat(f.p50()).isPositive();
    assertThat(f.p50()).isLessThanOrEqualTo(f.p99());
    assertThat(f.p99()).isLessThanOrEqualTo(f.max());
    assertThat(f.perSecond()).isPositive();
    assertThat(f.perSecondTwoThreads()).isPositive();
  }
}

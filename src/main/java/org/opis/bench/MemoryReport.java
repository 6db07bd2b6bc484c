package org.opis.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.opis.bench.load.GcLog;
import org.opis.bench.load.Soak;
import org.opis.bench.ratios.Ratio;
import org.opis.bench.ratios.Ratios;

/**
 * The reading room with a bounded heap beside the same with a large one, and the aims of issue
 * 7: every request answered, and no GC thrash, which here means under a tenth of the time in
 * collections and no full collection caused by the load (only those asked for, to weigh the heap).
 */
public final class MemoryReport implements Ratios {
  static final double GC_SHARE_AIM = 0.10;
  private static final String BENCH = "memory";
  private final Machine machine;
  private final MemoryBench.Settings settings;
  private final int documents;
  private final Soak.Result bounded;
  private final Soak.Result baseline;
  private final LocalDate day = LocalDate.now();

  MemoryReport(Machine machine, MemoryBench.Settings settings, int documents, Soak.Result bounded,
      Soak.Result baseline) {
    this.machine = machine;
    this.settings = settings;
    this.documents = documents;
    this.bounded = bounded;
    this.baseline = baseline;
  }

  /** What the server with the bounded heap ({@code --heap}) was seen to do. */
  public Soak.Result bounded() {
    return bounded;
  }

  /** What the server with the baseline's heap ({@code --baseline-heap}) was seen to do. */
  public Soak.Result baseline() {
    return baseline;
  }

  private Optional<Ratio> rate() {
    return Ratio.of(BENCH, "requests/s", bounded.perSecond(), baseline.perSecond(), Ratio.Better.HIGHER);
  }

  private Optional<Ratio> p99() {
    return Ratio.of(BENCH, "p99", bounded.p99(), baseline.p99(), Ratio.Better.LOWER);
  }

  private Optional<Ratio> gcShare() {
    return Ratio.of(BENCH, "GC time share", bounded.gcShare(), baseline.gcShare(), Ratio.Better.LOWER);
  }

  /** The rate, the p99 and the GC time share, each with the bounded heap over the large one. */
  @Override
  public List<Ratio> ratios() {
    return Stream.of(rate(), p99(), gcShare()).flatMap(Optional::stream).toList();
  }

  private static long fullByLoad(Soak.Result r) {
    return r.pauses().stream().filter(GcLog.Pause::full).count();
  }

  private Table table() {
    Table t = new Table(1, "figure", "heap " + settings.heap(), "heap " + settings.baselineHeap() + " (baseline)",
        "ratio");
    t.row("requests answered", String.format("%,d", bounded.answered()), String.format("%,d", baseline.answered()), "");
    t.row("failed", Integer.toString(bounded.failed()), Integer.toString(baseline.failed()), "");
    t.row("requests/s", String.format("%,.0f", bounded.perSecond()), String.format("%,.0f", baseline.perSecond()),
        shown(rate()));
    t.row("p99 ms", String.format("%.1f", bounded.p99()), String.format("%.1f", baseline.p99()), shown(p99()));
    t.row("GC time share", percent(bounded.gcShare()), percent(baseline.gcShare()), shown(gcShare()));
    t.row("GC pauses", Integer.toString(bounded.pauses().size()), Integer.toString(baseline.pauses().size()), "");
    t.row("full collections by the load", Long.toString(fullByLoad(bounded)), Long.toString(fullByLoad(baseline)), "");
    t.row("live heap after warm-up MiB", live(bounded.liveHeapAfterWarmUp()), live(baseline.liveHeapAfterWarmUp()), "");
    t.row("live heap at the end MiB", live(bounded.liveHeapAtEnd()), live(baseline.liveHeapAtEnd()), "");
    return t;
  }

  private List<String> verdicts() {
    List<String> v = new ArrayList<>();
    v.add("heap " + settings.heap() + ": " + SoakReport.answeredLine(bounded));
    v.add("heap " + settings.baselineHeap() + " (baseline): " + SoakReport.answeredLine(baseline));
    boolean calm = bounded.gcShare() < GC_SHARE_AIM && fullByLoad(bounded) == 0;
    v.add(String.format("heap %s: %.1f%% of the time after the warm-up in collections, %d pauses, %d of them full "
        + "collections the load caused (aim: under %.0f%% and none, %s)", settings.heap(), 100 * bounded.gcShare(),
        bounded.pauses().size(), fullByLoad(bounded), 100 * GC_SHARE_AIM, calm ? "met" : "NOT met"));
    v.add(bounded.liveHeapAtEnd().isPresent()
        ? String.format("heap %s: the server held %s MiB after a full collection at the end of the warm-up, %s MiB at "
            + "the end", settings.heap(), live(bounded.liveHeapAfterWarmUp()), live(bounded.liveHeapAtEnd()))
        : "live heap not measured: the JDK's jcmd could not ask the server for full collections");
    failures(settings.heap(), bounded, v);
    failures(settings.baselineHeap(), baseline, v);
    return v;
  }

  private static void failures(String heap, Soak.Result r, List<String> v) {
    r.counted().stream().flatMap(s -> s.failures().stream()).limit(10).forEach(f -> v.add("failure, heap " + heap
        + ": " + f));
  }

  private String heading() {
    return String.format("%,d public documents, server heap %s beside %s (one after the other), %d readers for "
        + "%.1f minutes after a %d s warm-up", documents, settings.heap(), settings.baselineHeap(),
        settings.plan().connections(), settings.plan().total().toMillis() / 60_000.0,
        settings.plan().warmUp().toSeconds());
  }

  public String text() {
    return Sections.text("memory", day, heading(), machine, settings.command(), List.of(table()), verdicts());
  }

  /** The report as a section of BENCHMARKS.md. */
  public String markdown() {
    return Sections.markdown("Memory", day, heading(), machine, settings.command(), List.of(table()), verdicts());
  }

  private static String shown(Optional<Ratio> r) {
    return r.map(x -> String.format("%.2f", x.value())).orElse("-");
  }

  private static String percent(double share) {
    return String.format("%.1f%%", 100 * share);
  }

  private static String live(Optional<Long> bytes) {
    return bytes.map(Table::mib).orElse("?");
  }
}

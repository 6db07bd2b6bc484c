package org.opis.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opis.bench.load.Stretch;
import org.opis.bench.load.Soak;

/**
 * What a soak saw, stretch by stretch, and what it means: the rate sustained, every failure, and
 * whether the server's memory grew after the warm-up. The baseline of a soak is itself: its rate
 * and its memory at the end are stated as ratios to the first stretch after the warm-up.
 */
public final class SoakReport {
  /** Growth of the live heap after warm-up that is still noise rather than a leak. */
  static final double GROWTH_ALLOWED = 0.10;
  private final Machine machine;
  private final SoakBench.Settings settings;
  private final int documents;
  private final Soak.Result result;
  private final List<Stretch> stretches;
  private final LocalDate day = LocalDate.now();

  SoakReport(Machine machine, SoakBench.Settings settings, int documents, Soak.Result result) {
    this.machine = machine;
    this.settings = settings;
    this.documents = documents;
    this.result = result;
    this.stretches = result.stretches();
  }

  /**
   * The live heap at the end over the live heap after the first counted stretch; a stretch whose
   * full collection could not be asked for is passed over. Empty when fewer than two are known.
   */
  private Optional<Double> memoryRatio() {
    List<Long> known = result.counted().stream().flatMap(s -> s.liveHeapBytes().stream()).toList();
    return known.size() < 2 ? Optional.empty() : Optional.of((double) known.get(known.size() - 1) / known.get(0));
  }

  private double rateRatio() {
    List<Stretch> c = result.counted();
    return c.isEmpty() || c.get(0).perSecond() == 0 ? 0 : c.get(c.size() - 1).perSecond() / c.get(0).perSecond();
  }

  static String line(Stretch s) {
    return String.format("%s: %,.0f requests/s, %d failed, p50 %.1f ms, p99 %.1f ms, live heap %s, GC %.1f%%",
        s.warmUp() ? "warm-up" : "stretch " + s.number(), s.perSecond(), s.failed(), s.p50(), s.p99(),
        s.liveHeapBytes().map(Table::mib).orElse("?"), 100 * s.gcShare());
  }

  private Table table() {
    Table t = new Table(1, "stretch", "seconds", "requests/s", "failed", "p50 ms", "p99 ms", "live heap MiB",
        "resident MiB", "GC time");
    for (Stretch s : stretches) {
      t.row(s.warmUp() ? "warm-up" : Integer.toString(s.number()), String.format("%.0f", s.seconds()),
          String.format("%,.0f", s.perSecond()), Integer.toString(s.failed()), String.format("%.1f", s.p50()),
          String.format("%.1f", s.p99()), s.liveHeapBytes().map(Table::mib).orElse("?"),
          s.residentBytes().map(Table::mib).orElse("?"), String.format("%.1f%%", 100 * s.gcShare()));
    }
    return t;
  }

  private Table kindsTable() {
    Table t = new Table(1, "request", "answered", "failed", "p50 ms", "p99 ms");
    for (Soak.Kind k : result.kinds()) {
      t.row(k.kind().label(), String.format("%,d", k.answered()), Integer.toString(k.failed()),
          String.format("%.1f", k.p50()), String.format("%.1f", k.p99()));
    }
    return t;
  }

  private List<String> verdicts() {
    List<String> v = new ArrayList<>();
    v.add(answeredLine(result));
    v.add(String.format("rate in the last stretch / the first after warm-up: %.2f", rateRatio()));
    v.add(memoryRatio().map(r -> String.format("live heap at the end / after the first stretch measured: %.2f (aim: at most %.2f, %s)",
        r, 1 + GROWTH_ALLOWED, r <= 1 + GROWTH_ALLOWED ? "met" : "NOT met"))
        .orElse("live heap not measured: the JDK's jcmd could not ask the server for full collections"));
    stretches.stream().flatMap(s -> s.failures().stream()).limit(10).forEach(f -> v.add("failure: " + f));
    return v;
  }

  /** "N requests answered in M minutes after the warm-up, R a second; F failed (aim: 0, met)". */
  static String answeredLine(Soak.Result r) {
    return String.format("%,d requests answered in %.1f minutes after the warm-up, %,.0f a second; %d failed",
        r.answered(), r.seconds() / 60, r.perSecond(), r.failed()) + (r.failed() == 0 ? " (aim: 0, met)" : " (aim: 0, NOT met)");
  }

  private String heading() {
    return String.format("%,d public documents, server heap %s, %d readers, stretches of %d s",
        documents, settings.heap(), settings.plan().connections(), settings.plan().stretch().toSeconds());
  }

  public String text() {
    return Sections.text("soak", day, heading(), machine, settings.command(), List.of(table(), kindsTable()), verdicts());
  }

  /** The report as a section of BENCHMARKS.md. */
  public String markdown() {
    return Sections.markdown("Soak", day, heading(), machine, settings.command(), List.of(table(), kindsTable()), verdicts());
  }
}

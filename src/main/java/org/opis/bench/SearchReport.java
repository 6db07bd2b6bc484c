package org.opis.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The outcome of a search benchmark: for every kind of query and for the whole mix, Opis's
 * latencies and throughput beside the bare Lucene baseline's from the same run, as a ratio, with
 * how long each index took to build, whether the aims were met, and everything needed to repeat
 * it (machine, size, seed, command).
 *
 * @param opis Opis's figures; empty when Opis's index could not be measured, for the reason in
 *     {@code notes}
 * @param steps what was done before the queries and how long it took (generating, importing,
 *     indexing), one line each
 * @param notes what a reader of the figures should know (an index not measured, queries that
 *     found nothing)
 */
public record SearchReport(
    Machine machine,
    String command,
    LocalDate day,
    int count,
    long seed,
    QueryMix mix,
    Trial.Plan plan,
    Optional<Built> opisBuilt,
    Built baselineBuilt,
    Optional<Measured> opis,
    Measured baseline,
    List<String> steps,
    List<String> notes) {
  /** The whole mix's p99 Opis aims to stay under at a million documents, in milliseconds. */
  public static final double AIM_P99_MS = 50;
  /** How many times the baseline's p99 each kind of query may take. */
  public static final double AIM_RATIO = 2;

  public SearchReport {
    Objects.requireNonNull(machine, "machine");
    Objects.requireNonNull(command, "command");
    steps = List.copyOf(steps);
    notes = List.copyOf(notes);
  }

  /** The figures as a table: query, figure, Opis, bare Lucene, Opis ÷ Lucene. */
  Table table() {
    Table t = new Table(2, "query", "figure", OpisEngine.NAME, BaselineIndex.NAME, "ratio");
    for (QueryKind kind : QueryKind.values()) {
      Figures base = baseline.byKind().get(kind);
      if (base != null) {
        rows(t, kind.label(), opis.map(m -> m.byKind().get(kind)), base);
      }
    }
    rows(t, "whole mix", opis.map(Measured::whole), baseline.whole());
    row(t, "index build", "documents/s", opisBuilt, baselineBuilt, Built::perSecond, "%,.0f");
    row(t, "index size", "MB", opisBuilt, baselineBuilt, b -> b.bytes() / 1e6, "%,.0f");
    return t;
  }

  private static void rows(Table t, String query, Optional<Figures> opis, Figures base) {
    row(t, query, "p50 ms", opis, base, Figures::p50, "%.2f");
    row(t, "", "p99 ms", opis, base, Figures::p99, "%.2f");
    row(t, "", "max ms", opis, base, Figures::max, "%.2f");
    row(t, "", "QPS 1 thread", opis, base, Figures::perSecond, "%,.0f");
    row(t, "", "QPS 2 threads", opis, base, Figures::perSecondTwoThreads, "%,.0f");
  }

  private static <T> void row(Table t, String query, String figure, Optional<T> opis, T base,
      ToDoubleFunction<T> of, String format) {
    double b = of.applyAsDouble(base);
    t.row(query, figure, opis.map(o -> String.format(format, of.applyAsDouble(o))).orElse("-"),
        String.format(format, b),
        opis.map(o -> b == 0 ? "-" : String.format("%.2f", of.applyAsDouble(o) / b)).orElse("-"));
  }

  /** Whether the aims were met, one line each; empty when Opis was not measured. */
  public List<String> verdicts() {
    if (opis.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    double p99 = opis.get().whole().p99();
    out.add(String.format("whole mix p99 under %.0f ms: %s (%.1f ms)", AIM_P99_MS,
        p99 < AIM_P99_MS ? "met" : "missed", p99));
    List<String> over = new ArrayList<>();
    for (QueryKind kind : QueryKind.values()) {
      Figures o = opis.get().byKind().get(kind);
      Figures b = baseline.byKind().get(kind);
      if (o != null && b != null && b.p99() > 0 && o.p99() / b.p99() > AIM_RATIO) {
        over.add(String.format("%s %.1fx", kind.label(), o.p99() / b.p99()));
      }
    }
    out.add(String.format("every kind's p99 within %.0fx of %s: %s", AIM_RATIO, BaselineIndex.NAME,
        over.isEmpty() ? "met" : "missed for " + String.join(", ", over)));
    return out;
  }

  private String heading() {
    StringBuilder kinds = new StringBuilder();
    for (QueryKind kind : QueryKind.values()) {
      int n = mix.of(kind).size();
      if (n > 0) {
        kinds.append(kinds.length() == 0 ? "" : ", ").append(n).append(' ').append(kind.label());
      }
    }
    return String.format("%,d documents, seed %d; %d queries (%s); %d warm-up and %d timed passes", count, seed,
        mix.queries().size(), kinds, plan.warmups(), plan.passes());
  }

  /** The report for a terminal. */
  public String text() {
    StringBuilder s = new StringBuilder();
    s.append("search benchmark, ").append(day).append(": ").append(heading()).append('\n');
    s.append("machine: ").append(machine.describe()).append('\n');
    s.append("command: ").append(command).append('\n');
    steps.forEach(line -> s.append("step: ").append(line).append('\n'));
    s.append('\n');
    s.append(table().text()).append('\n');
    verdicts().forEach(v -> s.append("aim: ").append(v).append('\n'));
    notes.forEach(n -> s.append("note: ").append(n).append('\n'));
    return s.toString();
  }

  /** The report as a section of BENCHMARKS.md. */
  public String markdown() {
    StringBuilder s = new StringBuilder();
    s.append(String.format("### Search, %,d documents (%s)%n%n", count, day));
    s.append("- ").append(heading()).append('\n');
    s.append("- machine: ").append(machine.describe()).append('\n');
    s.append("- command: `").append(command).append("`\n");
    if (!steps.isEmpty()) {
      s.append("- steps: ").append(String.join("; ", steps)).append('\n');
    }
    s.append("- ratio: Opis divided by ").append(BaselineIndex.NAME).append(", both measured in this run\n\n");
    s.append(table().markdown()).append('\n');
    verdicts().forEach(v -> s.append("- aim: ").append(v).append('\n'));
    notes.forEach(n -> s.append("- note: ").append(n).append('\n'));
    return s.toString();
  }
}

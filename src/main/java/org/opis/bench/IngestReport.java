package org.opis.bench;

import org.opis.bench.ratios.Ratio;
import org.opis.bench.ratios.Ratios;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@code opis bench ingest}: {@code opis import} of the corpus and {@code opis
 * reindex} of the archive, beside the bare baseline of the same run, as figures, ratios (Opis's
 * figure over the baseline's) and the aims of issue 7; then the import stage by stage, its rate
 * at the start and at the end and its live heap as it went.
 *
 * @param records the corpus' records: its documents and the authority records before them
 * @param left what the import left in the archive
 * @param lucene the bare Lucene pass of the baseline
 * @param sqlite the bare SQLite pass of the baseline
 * @param load the system's load average over a minute at the start, after the import, after the
 *     baseline and at the end; negative where the system does not tell
 * @param steps what was done, one line each
 */
public record IngestReport(Machine machine, String command, LocalDate day, int count, long seed, int parts,
    long records, ImportRun imported, IngestBench.Left left, Built lucene, Built sqlite,
    IngestBench.Reindexed reindexed, List<Double> load, List<String> steps) implements Ratios {
  /** Documents a second {@code opis import} aims at, the whole corpus catalogued, stored and searchable. */
  static final double AIM_RATE = 3_500;
  /** How many times the baseline's time the import may take. */
  static final double AIM_RATIO = 2;
  /** The least share of its rate at the start a stage keeps at its end. */
  static final double AIM_END_OVER_START = 0.8;
  /** The time {@code opis reindex} aims to rebuild a million documents in, in minutes. */
  static final double AIM_REINDEX_MINUTES = 5;
  private static final double MILLION = 1_000_000;

  public IngestReport {
    Objects.requireNonNull(machine, "machine");
    load = List.copyOf(load);
    steps = List.copyOf(steps);
  }

  private double baselineNanos() {
    return lucene.nanos() + sqlite.nanos();
  }

  private double ingestRate() {
    return count / (imported.nanos() / 1e9);
  }

  private double reindexRate() {
    return count / (reindexed.nanos() / 1e9);
  }

  /** The import's time and the reindex's, each over the bare baseline's: lower is better. */
  @Override
  public List<Ratio> ratios() {
    return List.of(new Ratio("ingest", "import", imported.nanos() / baselineNanos(), Ratio.Better.LOWER),
        new Ratio("ingest", "reindex", reindexed.nanos() / (double) lucene.nanos(), Ratio.Better.LOWER));
  }

  /** The figures: Opis, the baseline, their ratio and the aim. */
  Table figures() {
    Table t = new Table(1, "figure", "Opis", "baseline", "ratio", "aim");
    row(t, "import, s", imported.nanos() / 1e9, baselineNanos() / 1e9, "%,.1f",
        String.format("ratio at most %.0f", AIM_RATIO));
    row(t, "import, documents/s", ingestRate(), count / (baselineNanos() / 1e9), "%,.0f",
        String.format("at least %,.0f", AIM_RATE));
    // two decimals: on a small corpus the SQLite pass takes a few hundredths of a second
    t.row("  bare Lucene, s", "", String.format("%,.2f", lucene.nanos() / 1e9), "", "");
    t.row("  bare SQLite, s", "", String.format("%,.2f", sqlite.nanos() / 1e9), "", "");
    row(t, "reindex, s", reindexed.nanos() / 1e9, lucene.nanos() / 1e9, "%,.1f", "");
    row(t, "reindex, documents/s", reindexRate(), lucene.perSecond(), "%,.0f", "");
    row(t, "reindex of 1M at that rate, min", MILLION / reindexRate() / 60, MILLION / lucene.perSecond() / 60, "%,.1f",
        String.format("under %.0f", AIM_REINDEX_MINUTES));
    return t;
  }

  private static void row(Table t, String figure, double opis, double baseline, String format, String aim) {
    t.row(figure, String.format(format, opis), String.format(format, baseline),
        baseline == 0 ? "-" : String.format("%.2f", opis / baseline), aim);
  }

  /** The import stage by stage. */
  Table stages() {
    Table t = new Table(1, "stage", "units", "s", "per s", "start per s", "end per s", "end/start", "tail s",
        "live heap MiB at 10%", "50%", "90%");
    for (Stage s : imported.stages()) {
      t.row(s.name(), String.format("%,d %s", s.units(), s.unit()), String.format("%,.1f", s.seconds()),
          number(s.perSecond()), number(s.startRate()), number(s.endRate()), ratio(s.endOverStart()),
          String.format("%,.1f", s.tailSeconds()), heap(s, 10), heap(s, 50), heap(s, 90));
    }
    t.row("whole import", String.format("%,d documents", count), String.format("%,.1f", imported.nanos() / 1e9),
        number(ingestRate()), "", "", "", "", "", "", "");
    return t;
  }

  private static String number(double d) {
    return Double.isFinite(d) ? String.format("%,.0f", d) : "-";
  }

  private static String ratio(double d) {
    return Double.isFinite(d) ? String.format("%.2f", d) : "-";
  }

  private static String heap(Stage s, int percent) {
    Long bytes = s.liveHeap().get(percent);
    return bytes == null ? "?" : String.format("%,.0f", bytes / 1048576.0);
  }

  /** Whether the aims were met, and what the figures rest on, one line each. */
  List<String> results() {
    List<String> r = new ArrayList<>();
    r.add(String.format("import: %,.0f documents/s catalogued, stored and searchable (aim: at least %,.0f, %s)",
        ingestRate(), AIM_RATE, met(ingestRate() >= AIM_RATE)));
    double ratio = imported.nanos() / baselineNanos();
    r.add(String.format("import: %.2f times the bare baseline's time, bare Lucene plus bare SQLite"
        + " (aim: at most %.0f, %s)", ratio, AIM_RATIO, met(ratio <= AIM_RATIO)));
    List<String> ends = new ArrayList<>();
    boolean kept = true;
    for (Stage s : imported.stages()) {
      ends.add(s.name() + " " + ratio(s.endOverStart()));
      kept &= !(s.endOverStart() < AIM_END_OVER_START);
    }
    r.add(String.format("rate at the end / at the start: %s (aim: each at least %.2f, %s)", String.join(", ", ends),
        AIM_END_OVER_START, met(kept)));
    r.add(memory());
    double minutes = MILLION / reindexRate() / 60;
    r.add(String.format("reindex: a million documents in %,.1f min at this rate (aim: under %.0f, %s);"
        + " its progress bar %s", minutes, AIM_REINDEX_MINUTES, met(minutes < AIM_REINDEX_MINUTES), reindexed.eta()
        ? "showed an ETA" : "showed no ETA (it draws after each 500 documents, and showed none before the end)"));
    r.add(left.line(count) + (left.whole(count) ? "" : " (NOT what the figures assume)"));
    r.add(String.format("the benchmark asked for %d full collections, which paused the import %,.0f ms in all,"
        + " included in its time", imported.askedCollections(), imported.askedMillis()));
    r.add("ratio: Opis's figure over the baseline's, both measured in this run; the baseline of the import is bare"
        + " Lucene plus bare SQLite, of reindex bare Lucene alone, each from the corpus files");
    r.add("start: a stage's first tenth of units, from its first progress line; end: its last tenth, to the"
        + " line that counted its last unit; tail: the rest of the stage (the index's last commit and merge), in"
        + " the stage's time, not in its end rate");
    return r;
  }

  // the live heap at nine tenths of each stage over its heap at a tenth, growth the soak allows
  private String memory() {
    List<String> each = new ArrayList<>();
    boolean flat = true;
    for (Stage s : imported.stages()) {
      Long first = s.liveHeap().get(10);
      Long last = s.liveHeap().get(90);
      if (first == null || last == null) {
        each.add(s.name() + " ?");
        continue;
      }
      double grown = (double) last / first;
      each.add(String.format("%s %.2f", s.name(), grown));
      flat &= grown <= 1 + SoakReport.GROWTH_ALLOWED;
    }
    return String.format("live heap at nine tenths / at a tenth: %s (aim: each at most %.2f, %s)",
        String.join(", ", each), 1 + SoakReport.GROWTH_ALLOWED, met(flat) + (each.stream().anyMatch(e -> e.endsWith("?"))
            ? "; ? where jcmd could not ask for a collection in time" : ""));
  }

  private static String met(boolean met) {
    return met ? "met" : "NOT met";
  }

  private String heading() {
    String heading = String.format("%,d documents and %,d authority records (seed %d, %d file%s), imported into a"
        + " fresh archive", count, records - count, seed, parts, parts == 1 ? "" : "s");
    if (load.size() < 4 || load.stream().anyMatch(l -> l < 0)) {
      return heading;
    }
    return heading + String.format("; load average %.1f at the start, %.1f after the import, %.1f after the baseline,"
        + " %.1f at the end", load.get(0), load.get(1), load.get(2), load.get(3));
  }

  /** The report for a terminal. */
  public String text() {
    return Sections.text("ingest", day, heading(), machine, command, List.of(figures(), stages()), results());
  }

  /** The report as a section of BENCHMARKS.md. */
  public String markdown() {
    return Sections.markdown("Ingest, " + String.format("%,d", count) + " documents", day, heading(), machine, command,
        List.of(figures(), stages()), results());
  }
}

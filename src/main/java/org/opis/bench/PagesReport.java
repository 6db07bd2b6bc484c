package org.opis.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opis.bench.load.Wrk;
import org.opis.bench.ratios.Ratio;
import org.opis.bench.ratios.Ratios;

/**
 * Pages served by Opis beside the same pages served by nginx, and the aims of issue 7: at least
 * half nginx's rate, and a p99 under 20 ms for document pages at that load.
 */
public final class PagesReport implements Ratios {
  static final double RATE_AIM = 0.5;
  static final double P99_AIM_MS = 20;

  /** One kind of page: how many, their average size, and what wrk saw of each server. */
  record Row(String kind, int pages, long averageBytes, Wrk.Figures opis, Wrk.Figures nginx) {
    double ratio() {
      return nginx.perSecond() == 0 ? 0 : opis.perSecond() / nginx.perSecond();
    }
  }

  private final Machine machine;
  private final PagesBench.Settings settings;
  private final int documents;
  private final List<Row> rows;
  private final LocalDate day = LocalDate.now();

  PagesReport(Machine machine, PagesBench.Settings settings, int documents, List<Row> rows) {
    this.machine = machine;
    this.settings = settings;
    this.documents = documents;
    this.rows = List.copyOf(rows);
  }

  /** Opis's rate over nginx's, for each kind of page ("document pages req/s"). */
  @Override
  public List<Ratio> ratios() {
    return rows.stream().flatMap(r -> Ratio.of("pages", r.kind() + " req/s", r.opis().perSecond(),
        r.nginx().perSecond(), Ratio.Better.HIGHER).stream()).toList();
  }

  private Table table() {
    Table t = new Table(1, "pages", "size KB", "Opis req/s", "Opis p50 ms", "Opis p99 ms", "failed",
        "nginx req/s", "nginx p99 ms", "ratio");
    for (Row r : rows) {
      t.row(r.kind() + " (" + r.pages() + ")", String.format("%.1f", r.averageBytes() / 1024.0),
          String.format("%,.0f", r.opis().perSecond()), String.format("%.2f", r.opis().p50()),
          String.format("%.2f", r.opis().p99()), Long.toString(r.opis().failed()),
          String.format("%,.0f", r.nginx().perSecond()), String.format("%.2f", r.nginx().p99()),
          String.format("%.3f", r.ratio()));
    }
    return t;
  }

  private List<String> verdicts() {
    List<String> v = new ArrayList<>();
    for (Row r : rows) {
      v.add(String.format("%s: %.3f of nginx's rate (aim: at least %.1f, %s)", r.kind(), r.ratio(), RATE_AIM,
          r.ratio() >= RATE_AIM ? "met" : "NOT met"));
      if (r.kind().startsWith("document")) {
        v.add(String.format("%s: p99 %.1f ms at that load (aim: under %.0f ms, %s)", r.kind(), r.opis().p99(),
            P99_AIM_MS, r.opis().p99() < P99_AIM_MS ? "met" : "NOT met"));
      }
      if (r.opis().failed() + r.nginx().failed() > 0) {
        v.add(String.format("%s: %d failed from Opis, %d from nginx", r.kind(), r.opis().failed(), r.nginx().failed()));
      }
    }
    return v;
  }

  private String heading() {
    return String.format("%,d public documents, Opis heap %s, wrk -t%d -c%d for %d s a kind and server",
        documents, settings.heap(), settings.threads(), settings.connections(), settings.length().toSeconds());
  }

  public String text() {
    return Sections.text("pages", day, heading(), machine, settings.command(), List.of(table()), verdicts());
  }

  /** The report as a section of BENCHMARKS.md. */
  public String markdown() {
    return Sections.markdown("Pages", day, heading(), machine, settings.command(), List.of(table()), verdicts());
  }
}

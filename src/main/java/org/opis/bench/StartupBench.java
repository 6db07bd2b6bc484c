package org.opis.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.opis.bench.load.StartUp;
import org.opis.bench.load.Workload;
import org.opis.bench.ratios.Ratio;
import org.opis.bench.ratios.Ratios;

/**
 * {@code opis bench startup}: from starting {@code opis serve} to its first document page, beside
 * the same for a bare Java program serving one page, run after run, interleaved so that both
 * meet the same machine. The archive is a fresh demo archive of N documents or the one named.
 */
public final class StartupBench {
  /** The aim of issue 7: the first page within three seconds, at a million documents. */
  static final Duration AIM = Duration.ofSeconds(3);
  private static final Duration PATIENCE = Duration.ofMinutes(5);

  /**
   * @param count synthetic documents in a fresh archive; ignored with {@code data}
   * @param data an existing archive to start over, only read
   * @param runs how many starts of each
   * @param heap the servers' largest heap
   */
  public record Settings(int count, Optional<Path> data, int runs, String heap, String command) {}

  private final Settings settings;
  private final Progress progress;

  public StartupBench(Settings settings, Progress progress) {
    this.settings = settings;
    this.progress = progress;
  }

  public Report run(Workspace workspace) throws InterruptedException {
    Path data = settings.data().orElseGet(() -> DemoArchive.fill(workspace.folder().resolve("startup-archive"),
        settings.count(), progress));
    Workload workload = DemoArchive.workload(data);
    String page = "/documents/" + workload.documents().get(workload.documents().size() / 2);
    StartUp startUp = new StartUp();
    long[] opis = new long[settings.runs()];
    long[] bare = new long[settings.runs()];
    for (int run = 0; run < settings.runs(); run++) {
      int port = StartUp.freePort();
      bare[run] = startUp.firstPage(StartUp.bare(port, settings.heap()), "http://127.0.0.1:" + port + "/",
          PATIENCE, workspace.folder().resolve("bare.log"));
      port = StartUp.freePort();
      opis[run] = startUp.firstPage(StartUp.opis(data, port, settings.heap()), "http://127.0.0.1:" + port + page,
          PATIENCE, workspace.folder().resolve("serve.log"));
      progress.note(String.format("run %d: opis %.2f s, bare %.2f s", run + 1, opis[run] / 1e9, bare[run] / 1e9));
    }
    return new Report(Machine.here(), settings, workload.documents().size(), page, opis, bare);
  }

  /** Start-up times of Opis and of the bare page, and what they mean. */
  public static final class Report implements Ratios {
    private final Machine machine;
    private final Settings settings;
    private final int documents;
    private final String page;
    private final long[] opis;
    private final long[] bare;
    private final LocalDate day = LocalDate.now();

    Report(Machine machine, Settings settings, int documents, String page, long[] opis, long[] bare) {
      this.machine = machine;
      this.settings = settings;
      this.documents = documents;
      this.page = page;
      this.opis = opis.clone();
      this.bare = bare.clone();
    }

    private static double median(long[] nanos) {
      long[] sorted = nanos.clone();
      Arrays.sort(sorted);
      return sorted.length == 0 ? 0 : sorted[(sorted.length - 1) / 2] / 1e9;
    }

    /** The median start-up of Opis over the bare page's. */
    @Override
    public List<Ratio> ratios() {
      return Ratio.of("startup", "first page", median(opis), median(bare), Ratio.Better.LOWER).stream().toList();
    }

    private Table table() {
      return new Table(1, "first page after start", "median s", "fastest s", "slowest s")
          .row("opis serve, " + page, f(median(opis)), f(min(opis)), f(max(opis)))
          .row("bare Java page (baseline)", f(median(bare)), f(min(bare)), f(max(bare)))
          .row("ratio", String.format("%.1fx", median(opis) / median(bare)), "", "");
    }

    private List<String> verdicts() {
      List<String> v = new ArrayList<>();
      v.add(String.format("first page %.2f s after start (median of %d), aim under %d s: %s", median(opis), opis.length,
          AIM.toSeconds(), median(opis) < AIM.toSeconds() ? "met" : "NOT met"));
      return v;
    }

    private String heading() {
      return String.format("%,d public documents, heap %s, %d starts of each", documents, settings.heap(), opis.length);
    }

    public String text() {
      return Sections.text("start-up", day, heading(), machine, settings.command(), List.of(table()), verdicts());
    }

    /** The report as a section of BENCHMARKS.md. */
    public String markdown() {
      return Sections.markdown("Start-up", day, heading(), machine, settings.command(), List.of(table()), verdicts());
    }

    private static long min(long[] a) {
      return Arrays.stream(a).min().orElse(0);
    }

    private static long max(long[] a) {
      return Arrays.stream(a).max().orElse(0);
    }

    private static String f(double seconds) {
      return String.format("%.2f", seconds);
    }

    private static String f(long nanos) {
      return f(nanos / 1e9);
    }
  }
}

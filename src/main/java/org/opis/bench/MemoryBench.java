package org.opis.bench;

import java.nio.file.Path;
import java.util.Optional;
import org.opis.bench.load.Soak;
import org.opis.bench.load.Workload;

/**
 * {@code opis bench memory}: the reading room under the soak's mixed load with a bounded heap
 * (512 MB), beside the same server, archive, load and time with a large heap (4 GB), one after
 * the other. What the bounded heap costs shows in the ratios: the rate, the p99 and the share of
 * time spent in collections, which grows when a heap is too small for what the server holds
 * (thrash), long before it runs out.
 */
public final class MemoryBench {
  /**
   * @param count synthetic documents in a fresh archive; ignored with {@code data}
   * @param data an existing archive to serve instead, left as it is
   * @param heap the server's largest heap, measured ("512m")
   * @param baselineHeap the baseline server's largest heap ("4g")
   * @param plan the load, the same for both
   * @param command the command line, for the report
   */
  public record Settings(int count, Optional<Path> data, String heap, String baselineHeap, Soak.Plan plan,
      String command) {}

  private final Settings settings;
  private final Progress progress;

  public MemoryBench(Settings settings, Progress progress) {
    this.settings = settings;
    this.progress = progress;
  }

  /** Serves the archive with the bounded heap, then with the baseline's, under the same load. */
  public MemoryReport run(Workspace workspace) throws InterruptedException {
    Path data = settings.data().orElseGet(() -> DemoArchive.fill(workspace.folder().resolve("memory-archive"),
        settings.count(), progress));
    Workload workload = DemoArchive.workload(data);
    // the bounded server first: the file cache the first server warms then favours the baseline, not the figure
    Soak.Result bounded = SoakBench.soak(data, settings.heap(), workspace.fresh("bounded-heap"), workload,
        settings.plan(), progress);
    Soak.Result baseline = SoakBench.soak(data, settings.baselineHeap(), workspace.fresh("baseline-heap"), workload,
        settings.plan(), progress);
    return new MemoryReport(Machine.here(), settings, workload.documents().size(), bounded, baseline);
  }
}

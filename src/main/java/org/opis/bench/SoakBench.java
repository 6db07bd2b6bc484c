package org.opis.bench;

import java.nio.file.Path;
import java.util.Optional;
import org.opis.bench.load.ServerProcess;
import org.opis.bench.load.Soak;
import org.opis.bench.load.Workload;

/**
 * {@code opis bench soak}: the reading room under a steady mixed load for minutes on end, from a
 * second process, to show that it keeps its rate, answers every request, and holds no more memory
 * at the end than after warming up. The archive is the demo's (its real document with a drawn
 * original, and N synthetic ones), made in the work folder, or an archive the user names.
 */
public final class SoakBench {
  /**
   * @param count synthetic documents in a fresh archive; ignored with {@code data}
   * @param data an existing archive to soak instead, left as it is
   * @param heap the server's largest heap ("512m")
   * @param command the command line, for the report
   */
  public record Settings(int count, Optional<Path> data, String heap, Soak.Plan plan, String command) {}

  private final Settings settings;
  private final Progress progress;

  public SoakBench(Settings settings, Progress progress) {
    this.settings = settings;
    this.progress = progress;
  }

  public SoakReport run(Workspace workspace) throws InterruptedException {
    Path data = settings.data().orElseGet(() -> DemoArchive.fill(workspace.folder().resolve("soak-archive"),
        settings.count(), progress));
    Workload workload = DemoArchive.workload(data);
    Soak.Result result = soak(data, settings.heap(), workspace.folder(), workload, settings.plan(), progress);
    return new SoakReport(Machine.here(), settings, workload.documents().size(), result);
  }

  /**
   * Starts a server over {@code data} with a heap of {@code heap}, its logs in {@code folder}, runs
   * the plan's load against it, and stops it; each stretch is noted as it ends.
   */
  static Soak.Result soak(Path data, String heap, Path folder, Workload workload, Soak.Plan plan, Progress progress)
      throws InterruptedException {
    progress.note("starting a server over " + data + " with a heap of " + heap);
    try (ServerProcess server = ServerProcess.start(data, heap, folder)) {
      progress.note("soaking " + server.url() + " with " + plan.connections() + " readers");
      return Soak.run(server, workload, plan, s -> progress.note(SoakReport.line(s)));
    }
  }

}

package org.opis.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.opis.bench.SoakBench;
import org.opis.bench.SoakReport;
import org.opis.bench.Workspace;
import org.opis.bench.load.Soak;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code opis bench soak}: the reading room under a steady mixed load, from a second process. */
@Command(mixinStandardHelpOptions = true, name = "soak", sortOptions = false,
    description = {
        "Soaks the reading room: starts 'opis serve' in a second process (with a bounded heap",
        "and a GC log) over a fresh demo archive of N documents, or over the archive in --data,",
        "and keeps C readers asking it for document pages, searches, the JSON API and IIIF",
        "images and manifests, back to back, for M minutes after a warm-up. Prints, for each",
        "stretch of the run, requests per second, failures, p50 and p99 latency, the heap the",
        "server holds after a full collection, its resident memory and its GC time; then the",
        "total, every failure, and the memory at the end against the memory after warm-up."})
final class BenchSoakCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ServerBenchOptions server;

  @Option(names = "--minutes", paramLabel = "M", defaultValue = "10",
      description = "How long to soak after the warm-up, in minutes; fractions allowed (default: ${DEFAULT-VALUE}).")
  double minutes;

  @Option(names = "--connections", paramLabel = "C", defaultValue = "16",
      description = "Readers asking at once (default: ${DEFAULT-VALUE}).")
  int connections;

  @Option(names = "--stretch", paramLabel = "SECONDS",
      description = "The length of each stretch reported (default: a minute, or a tenth of the soak if shorter).")
  Integer stretch;

  @Option(names = "--warm-up", paramLabel = "SECONDS",
      description = "The warm-up, not counted (default: a minute, or a fifth of the soak if shorter).")
  Integer warmUp;

  @Override
  public Integer call() throws InterruptedException {
    server.check(spec);
    SoakBench bench = new SoakBench(new SoakBench.Settings(server.count, server.data(), server.heap,
        plan(spec, minutes, connections, stretch, warmUp, 10), ServerBenchOptions.command(spec)), new BenchCommand.Bars());
    SoakReport report;
    try (Workspace workspace = server.workspace()) {
      report = bench.run(workspace);
    }
    server.print(spec, report.text(), report.markdown());
    return ExitCodes.OK;
  }

  /**
   * The soak's load, which {@code opis bench memory} runs too: {@code minutes} after a warm-up of
   * {@code warmUp} seconds (by default a fifth of that, at most a minute), in stretches of {@code
   * stretch} seconds (by default the time cut in {@code stretches}, at most a minute each).
   */
  static Soak.Plan plan(CommandSpec spec, double minutes, int connections, Integer stretch, Integer warmUp,
      int stretches) {
    if (minutes <= 0 || minutes > 24 * 60 || connections < 1 || connections > 1024) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give minutes from above 0 to 1440 and 1 to 1024 "
          + "connections, not " + minutes + " and " + connections);
    }
    Duration total = Duration.ofMillis(Math.round(minutes * 60_000));
    Duration each = Duration.ofSeconds(Math.max(1, stretch != null ? stretch : Math.min(60, total.toSeconds() / stretches)));
    Duration first = Duration.ofSeconds(Math.max(1, warmUp != null ? warmUp : Math.min(60, total.toSeconds() / 5)));
    return new Soak.Plan(connections, first, total, each, 42);
  }
}

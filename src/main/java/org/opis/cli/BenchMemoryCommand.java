package org.opis.cli;

import java.util.concurrent.Callable;
import org.opis.bench.MemoryBench;
import org.opis.bench.MemoryReport;
import org.opis.bench.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code opis bench memory}: the soak's load on a server with a bounded heap, beside one with a large heap. */
@Command(mixinStandardHelpOptions = true, name = "memory", sortOptions = false,
    description = {
        "Measures memory: starts 'opis serve' in a second process with the heap --heap (512m) and a GC",
        "log over a fresh demo archive of N documents, or over the archive in --data, and keeps C readers",
        "asking it for document pages, searches, the JSON API and IIIF images and manifests (the soak's",
        "mix) for M minutes after a warm-up; then the same with the heap --baseline-heap (4g). Prints, for",
        "both, requests answered and failed, requests per second, p99 latency, the share of time spent",
        "in collections and their count, and the heap held after a full collection at the end of the",
        "warm-up and at the end; and the ratios of the rate, the p99 and the GC time share."})
final class BenchMemoryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ServerBenchOptions server;
  @Mixin RatiosOption ratios;

  @Option(names = "--baseline-heap", paramLabel = "SIZE", defaultValue = "4g",
      description = "The baseline server's heap, as java -Xmx takes it (default: ${DEFAULT-VALUE}).")
  String baselineHeap;

  @Option(names = "--minutes", paramLabel = "M", defaultValue = "3",
      description = "How long each server is asked after its warm-up, in minutes; fractions allowed "
          + "(default: ${DEFAULT-VALUE}).")
  double minutes;

  @Option(names = "--connections", paramLabel = "C", defaultValue = "16",
      description = "Readers asking at once (default: ${DEFAULT-VALUE}).")
  int connections;

  @Override
  public Integer call() throws InterruptedException {
    server.check(spec);
    ServerBenchOptions.checkSize(spec, "--baseline-heap", baselineHeap, "4g");
    // a full collection is asked for at the end of each stretch to weigh the heap; one a minute keeps their
    // pauses from being much of the figures
    MemoryBench bench = new MemoryBench(new MemoryBench.Settings(server.count, server.data(), server.heap,
        baselineHeap, BenchSoakCommand.plan(spec, minutes, connections, null, null, 1), ServerBenchOptions.command(spec)),
        new BenchCommand.Bars());
    MemoryReport report;
    try (Workspace workspace = server.workspace()) {
      report = bench.run(workspace);
    }
    server.print(spec, report.text(), report.markdown());
    ratios.write(report);
    return ExitCodes.OK;
  }
}

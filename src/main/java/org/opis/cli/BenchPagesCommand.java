package org.opis.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.opis.bench.PagesBench;
import org.opis.bench.PagesReport;
import org.opis.bench.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code opis bench pages}: pages from Opis beside the same pages from nginx, asked by wrk. */
@Command(mixinStandardHelpOptions = true, name = "pages", sortOptions = false,
    description = {
        "Measures pages: starts 'opis serve' over a fresh demo archive of N documents, or over the",
        "archive in --data, saves 200 of its document pages and 200 search pages as static files,",
        "starts nginx (Debian's package) on them, and has wrk (Debian's package) ask each server",
        "for each kind of page in turn, with the same threads and connections for the same time.",
        "Prints requests a second and p50/p99 latency of both and Opis's share of nginx's rate.",
        "Needs wrk and nginx: apt-get install wrk nginx-light."})
final class BenchPagesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ServerBenchOptions server;
  @Mixin RatiosOption ratios;

  @Option(names = "--seconds", paramLabel = "S", defaultValue = "20",
      description = "How long wrk asks each server for each kind of page (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(names = "--threads", paramLabel = "T", defaultValue = "2", description = "wrk's threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--connections", paramLabel = "C", defaultValue = "32",
      description = "wrk's connections (default: ${DEFAULT-VALUE}).")
  int connections;

  @Override
  public Integer call() throws InterruptedException {
    server.check(spec);
    if (seconds < 1 || seconds > 3600 || threads < 1 || connections < threads) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give 1 to 3600 seconds, 1 or more threads and at "
          + "least as many connections, not " + seconds + ", " + threads + " and " + connections);
    }
    PagesReport report;
    try (Workspace workspace = server.workspace()) {
      report = new PagesBench(new PagesBench.Settings(server.count, server.data(), server.heap,
          Duration.ofSeconds(seconds), threads, connections, ServerBenchOptions.command(spec)), new BenchCommand.Bars())
          .run(workspace);
    }
    server.print(spec, report.text(), report.markdown());
    ratios.write(report);
    return ExitCodes.OK;
  }
}

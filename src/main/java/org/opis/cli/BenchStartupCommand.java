package org.opis.cli;

import java.util.concurrent.Callable;
import org.opis.bench.StartupBench;
import org.opis.bench.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code opis bench startup}: from starting {@code opis serve} to its first page, beside a bare Java page. */
@Command(mixinStandardHelpOptions = true, name = "startup", sortOptions = false,
    description = {
        "Measures start-up: starts 'opis serve' over a fresh demo archive of N documents, or over",
        "the archive in --data, and times it from starting the process to its first document page",
        "answered; beside it, the same for a bare Java program serving one page with the JDK's own",
        "HTTP server, the two started in turn R times. Prints the median, fastest and slowest of each."})
final class BenchStartupCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ServerBenchOptions server;
  @Mixin RatiosOption ratios;

  @Option(names = "--runs", paramLabel = "R", defaultValue = "5", description = "Starts of each (default: ${DEFAULT-VALUE}).")
  int runs;

  @Override
  public Integer call() throws InterruptedException {
    server.check(spec);
    if (runs < 1 || runs > 100) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--runs is " + runs + "; give 1 to 100");
    }
    StartupBench.Report report;
    try (Workspace workspace = server.workspace()) {
      report = new StartupBench(new StartupBench.Settings(server.count, server.data(), runs, server.heap,
          ServerBenchOptions.command(spec)), new BenchCommand.Bars()).run(workspace);
    }
    server.print(spec, report.text(), report.markdown());
    ratios.write(report);
    return ExitCodes.OK;
  }
}

package org.opis.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opis.bench.IngestBench;
import org.opis.bench.IngestReport;
import org.opis.bench.MemoryBench;
import org.opis.bench.MemoryReport;
import org.opis.bench.PagesBench;
import org.opis.bench.PagesReport;
import org.opis.bench.StartupBench;
import org.opis.bench.Workspace;
import org.opis.bench.ratios.Ratio;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code opis bench all}: every measurement of issue 7 over one archive, so that a million
 * documents are generated and imported once: the import and the reindex measure how the archive
 * is made, then pages, start-up and memory are measured over it as it is.
 */
@Command(mixinStandardHelpOptions = true, name = "all", sortOptions = false,
    description = {
        "Runs every benchmark over one archive: 'opis bench ingest' of N generated documents",
        "(import and reindex beside bare Lucene and SQLite), then 'pages' (beside nginx),",
        "'startup' (beside a bare Java page) and 'memory' (a 512m heap beside a 4g one) over",
        "the archive just imported. Prints each report as it ends."})
final class BenchAllCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RatiosOption ratios;
  @Mixin CorpusOptions corpus;

  @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "512m",
      description = "The heap of the server measured by pages, startup and memory (default: ${DEFAULT-VALUE}).")
  String heap;

  @Option(names = "--seconds", paramLabel = "S", defaultValue = "20",
      description = "How long wrk asks each server for each kind of page (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(names = "--runs", paramLabel = "R", defaultValue = "5", description = "Starts measured (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--minutes", paramLabel = "M", defaultValue = "3",
      description = "How long each server is asked in the memory benchmark (default: ${DEFAULT-VALUE}).")
  double minutes;

  @Override
  public Integer call() throws InterruptedException {
    if (corpus.count < 1 || seconds < 1 || runs < 1 || runs > 100) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give 1 or more documents, 1 or more seconds and "
          + "1 to 100 runs, not " + corpus.count + ", " + seconds + " and " + runs);
    }
    ServerBenchOptions.checkSize(spec, "--heap", heap, "512m");
    String command = ServerBenchOptions.command(spec);
    BenchCommand.Bars bars = new BenchCommand.Bars();
    List<Ratio> all = new ArrayList<>();
    try (Workspace workspace = corpus.workspace()) {
      IngestReport ingest = new IngestBench(new IngestBench.Settings(corpus.count, corpus.seed, command), bars, Clock.systemUTC())
          .run(workspace);
      report(ingest.text(), ingest.markdown(), ingest.ratios(), all);
      Optional<Path> archive = Optional.of(workspace.folder().resolve(IngestBench.ARCHIVE));
      PagesReport pages = new PagesBench(new PagesBench.Settings(corpus.count, archive, heap, Duration.ofSeconds(seconds), 2,
          32, command), bars).run(workspace);
      report(pages.text(), pages.markdown(), pages.ratios(), all);
      StartupBench.Report startup = new StartupBench(new StartupBench.Settings(corpus.count, archive, runs, heap, command),
          bars).run(workspace);
      report(startup.text(), startup.markdown(), startup.ratios(), all);
      MemoryReport memory = new MemoryBench(new MemoryBench.Settings(corpus.count, archive, heap, "4g",
          BenchSoakCommand.plan(spec, minutes, 16, null, null, 1), command), bars).run(workspace);
      report(memory.text(), memory.markdown(), memory.ratios(), all);
      corpus.tellKept(workspace);
    }
    ratios.write(() -> all);
    return ExitCodes.OK;
  }

  private void report(String text, String markdownText, List<Ratio> ratios, List<Ratio> all) {
    corpus.print(spec, text + System.lineSeparator(), markdownText);
    all.addAll(ratios);
  }
}

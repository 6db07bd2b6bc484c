package org.opis.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.opis.bench.Progress;
import org.opis.bench.SearchBench;
import org.opis.bench.SearchReport;
import org.opis.bench.Trial;
import org.opis.bench.Workspace;
import org.opis.problem.StorageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code opis bench}: measurements of Opis on generated corpora, one subcommand for each. */
@Command(mixinStandardHelpOptions = true, name = "bench",
    description = {
        "Measures Opis on a generated corpus beside a baseline measured in the same run,",
        "and prints the figures with the machine and the command, for BENCHMARKS.md."},
    subcommands = {BenchCommand.Search.class, BenchSoakCommand.class, BenchStartupCommand.class,
        BenchPagesCommand.class, BenchIngestCommand.class, BenchMemoryCommand.class, BenchAllCommand.class,
        BenchCheckCommand.class,
        CommandLine.HelpCommand.class})
final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "say what to measure; 'opis bench help' lists it");
  }

  @Command(mixinStandardHelpOptions = true, name = "search", sortOptions = false,
      description = {
          "Measures search: generates N documents (or reuses them from the work",
          "folder), imports them into a fresh archive, indexes them with Opis and",
          "with a bare Lucene index (StandardAnalyzer, no facets), and asks both",
          "the same mix of queries: single words, phrases of common words, names",
          "in variant spellings, and a fielded name with a date range and facets.",
          "Prints p50, p99 and slowest latency and queries per second (one thread",
          "and two) for each kind, Opis beside bare Lucene and their ratio, and",
          "the time to build each index. The corpus is written as files of about",
          "256 MB, each imported in its own transaction. A hundred thousand",
          "documents need about 4 GB in the work folder, a million about 35 GB",
          "and an hour or more."})
  static final class Search implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CorpusOptions corpus;

    @Option(names = "--passes", paramLabel = "P", defaultValue = "10",
        description = "Timed passes over the query mix (default: ${DEFAULT-VALUE}).")
    int passes;

    @Option(names = "--warmups", paramLabel = "W", defaultValue = "3",
        description = "Untimed passes first (default: ${DEFAULT-VALUE}).")
    int warmups;

    @Override
    public Integer call() {
      if (passes < 1 || warmups < 0) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "give 1 or more timed passes and 0 or more warm-ups, not " + passes + " and " + warmups);
      }
      String command = "opis " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
      SearchBench bench = new SearchBench(
          new SearchBench.Settings(corpus.count, corpus.seed, new Trial.Plan(warmups, passes, 1), command), new Bars(),
          Clock.systemUTC());
      SearchReport report;
      try (Workspace workspace = corpus.workspace()) {
        report = bench.run(workspace);
        corpus.tellKept(workspace);
      }
      corpus.print(spec, report.text(), report.markdown());
      return ExitCodes.OK;
    }

    static void append(Path file, String text) {
      try {
        Files.writeString(file, "\n" + text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new StorageException("cannot append the figures to " + file + ": " + e.getMessage(), e);
      }
    }
  }

  // progress bars and lines on standard error, where the other commands draw theirs
  static final class Bars implements Progress {
    @Override
    public Step step(String label, String unit, long total) {
      ProgressBar bar = new ProgressBar(System.err, label, unit, total);
      return new Step() {
        @Override
        public void update(long done) {
          bar.update(done);
        }

        @Override
        public void close() {
          bar.close();
        }
      };
    }

    @Override
    public void note(String line) {
      System.err.println(line);
      System.err.flush();
    }
  }
}

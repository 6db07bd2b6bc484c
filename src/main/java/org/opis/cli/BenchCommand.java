package org.opis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opis.bench.Progress;
import org.opis.bench.SearchBench;
import org.opis.bench.SearchReport;
import org.opis.bench.SoakBench;
import org.opis.bench.SoakReport;
import org.opis.bench.StartupBench;
import org.opis.bench.PagesBench;
import org.opis.bench.PagesReport;
import org.opis.bench.load.Soak;
import org.opis.bench.Trial;
import org.opis.bench.Workspace;
import org.opis.problem.StorageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code opis bench}: measurements of Opis on generated corpora, one subcommand for each. */
@Command(mixinStandardHelpOptions = true, name = "bench",
    description = {
        "Measures Opis on a generated corpus beside a baseline measured in the same run,",
        "and prints the figures with the machine and the command, for BENCHMARKS.md."},
    subcommands = {BenchCommand.Search.class, BenchCommand.SoakCommand.class, BenchCommand.StartupCommand.class,
        BenchCommand.PagesCommand.class,         CommandLine.HelpCommand.class})
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

    @Option(names = "--count", paramLabel = "N", required = true, description = "How many documents.")
    int count;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
        description = "The corpus' seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--work", paramLabel = "DIR",
        description = "The work folder; the corpus written there is kept and reused by later runs "
            + "(default: a temporary folder, removed afterwards).")
    Path work;

    @Option(names = "--keep", description = "Keep the archive and the indexes in the work folder afterwards; "
        + "a later run over the same corpus there reuses them (and reports the times they were made in).")
    boolean keep;

    @Option(names = "--passes", paramLabel = "P", defaultValue = "10",
        description = "Timed passes over the query mix (default: ${DEFAULT-VALUE}).")
    int passes;

    @Option(names = "--warmups", paramLabel = "W", defaultValue = "3",
        description = "Untimed passes first (default: ${DEFAULT-VALUE}).")
    int warmups;

    @Option(names = "--markdown", paramLabel = "FILE",
        description = "Also append the figures as Markdown to FILE (BENCHMARKS.md).")
    Path markdown;

    @Override
    public Integer call() {
      if (passes < 1 || warmups < 0) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "give 1 or more timed passes and 0 or more warm-ups, not " + passes + " and " + warmups);
      }
      String command = "opis " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
      SearchBench bench = new SearchBench(
          new SearchBench.Settings(count, seed, new Trial.Plan(warmups, passes, 1), command), new Bars(),
          Clock.systemUTC());
      SearchReport report;
      try (Workspace workspace = Workspace.open(Optional.ofNullable(work), keep)) {
        report = bench.run(workspace);
        if (keep) {
          System.err.println("kept " + workspace.folder());
        }
      }
      PrintWriter out = spec.commandLine().getOut();
      out.print(report.text());
      out.flush();
      if (markdown != null) {
        append(markdown, report.markdown());
      }
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

  @Command(mixinStandardHelpOptions = true, name = "soak", sortOptions = false,
      description = {
          "Soaks the reading room: starts 'opis serve' in a second process (with a bounded heap",
          "and a GC log) over a fresh demo archive of N documents, or over the archive in --data,",
          "and keeps C readers asking it for document pages, searches, the JSON API and IIIF",
          "images and manifests, back to back, for M minutes after a warm-up. Prints, for each",
          "stretch of the run, requests per second, failures, p50 and p99 latency, the heap the",
          "server holds after a full collection, its resident memory and its GC time; then the",
          "total, every failure, and the memory at the end against the memory after warm-up."})
  static final class SoakCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--minutes", paramLabel = "M", defaultValue = "10",
        description = "How long to soak after the warm-up, in minutes; fractions allowed (default: ${DEFAULT-VALUE}).")
    double minutes;

    @Option(names = "--count", paramLabel = "N", defaultValue = "20000",
        description = "Synthetic documents in the fresh demo archive (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--data", paramLabel = "DIR",
        description = "Soak this existing archive instead of a fresh one (it is only read).")
    Path data;

    @Option(names = "--connections", paramLabel = "C", defaultValue = "16",
        description = "Readers asking at once (default: ${DEFAULT-VALUE}).")
    int connections;

    @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "512m",
        description = "The server's heap, as java -Xmx takes it (default: ${DEFAULT-VALUE}).")
    String heap;

    @Option(names = "--stretch", paramLabel = "SECONDS",
        description = "The length of each stretch reported (default: a minute, or a tenth of the soak if shorter).")
    Integer stretch;

    @Option(names = "--warm-up", paramLabel = "SECONDS",
        description = "The warm-up, not counted (default: a minute, or a fifth of the soak if shorter).")
    Integer warmUp;

    @Option(names = "--work", paramLabel = "DIR",
        description = "The work folder for the archive and the server's logs (default: a temporary folder, removed).")
    Path work;

    @Option(names = "--markdown", paramLabel = "FILE", description = "Also append the figures as Markdown to FILE.")
    Path markdown;

    static void checkHeap(CommandSpec spec, String heap) {
      if (!heap.matches("[0-9]+[kKmMgG]?")) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--heap is \"" + heap + "\"; give a size such as 512m");
      }
    }

    @Override
    public Integer call() throws InterruptedException {
      if (minutes <= 0 || minutes > 24 * 60 || connections < 1 || connections > 1024 || count < 0) {
        throw new CommandLine.ParameterException(spec.commandLine(), "give minutes from above 0 to 1440, 1 to 1024 "
            + "connections and 0 or more documents, not " + minutes + ", " + connections + " and " + count);
      }
      checkHeap(spec, heap);
      Duration total = Duration.ofMillis(Math.round(minutes * 60_000));
      Duration each = stretch != null ? Duration.ofSeconds(Math.max(1, stretch))
          : Duration.ofSeconds(Math.max(1, Math.min(60, total.toSeconds() / 10)));
      Duration first = warmUp != null ? Duration.ofSeconds(Math.max(1, warmUp))
          : Duration.ofSeconds(Math.max(1, Math.min(60, total.toSeconds() / 5)));
      String command = "opis " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
      SoakBench bench = new SoakBench(new SoakBench.Settings(count,
          Optional.ofNullable(data), heap, new Soak.Plan(connections, first, total, each, 42),
          command), new Bars());
      SoakReport report;
      try (Workspace workspace = Workspace.open(Optional.ofNullable(work), work != null)) {
        report = bench.run(workspace);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.print(report.text());
      out.flush();
      if (markdown != null) {
        Search.append(markdown, report.markdown());
      }
      return ExitCodes.OK;
    }
  }

  @Command(mixinStandardHelpOptions = true, name = "startup", sortOptions = false,
      description = {
          "Measures start-up: starts 'opis serve' over a fresh demo archive of N documents, or over",
          "the archive in --data, and times it from starting the process to its first document page",
          "answered; beside it, the same for a bare Java program serving one page with the JDK's own",
          "HTTP server, the two started in turn R times. Prints the median, fastest and slowest of each."})
  static final class StartupCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--count", paramLabel = "N", defaultValue = "20000",
        description = "Synthetic documents in the fresh demo archive (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--data", paramLabel = "DIR", description = "Start over this existing archive instead (only read).")
    Path data;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "5",
        description = "Starts of each (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "512m",
        description = "The servers' heap, as java -Xmx takes it (default: ${DEFAULT-VALUE}).")
    String heap;

    @Option(names = "--work", paramLabel = "DIR",
        description = "The work folder for the archive and logs (default: a temporary folder, removed).")
    Path work;

    @Option(names = "--markdown", paramLabel = "FILE", description = "Also append the figures as Markdown to FILE.")
    Path markdown;

    @Override
    public Integer call() throws InterruptedException {
      if (runs < 1 || runs > 100 || count < 0) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "give 1 to 100 runs and 0 or more documents, not " + runs + " and " + count);
      }
      SoakCommand.checkHeap(spec, heap);
      String command = "opis " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
      StartupBench.Report report;
      try (Workspace workspace = Workspace.open(Optional.ofNullable(work), work != null)) {
        report = new StartupBench(new StartupBench.Settings(count, Optional.ofNullable(data), runs, heap, command),
            new Bars()).run(workspace);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.print(report.text());
      out.flush();
      if (markdown != null) {
        Search.append(markdown, report.markdown());
      }
      return ExitCodes.OK;
    }
  }

  @Command(mixinStandardHelpOptions = true, name = "pages", sortOptions = false,
      description = {
          "Measures pages: starts 'opis serve' over a fresh demo archive of N documents, or over the",
          "archive in --data, saves 200 of its document pages and 200 search pages as static files,",
          "starts nginx (Debian's package) on them, and has wrk (Debian's package) ask each server",
          "for each kind of page in turn, with the same threads and connections for the same time.",
          "Prints requests a second and p50/p99 latency of both and Opis's share of nginx's rate.",
          "Needs wrk and nginx: apt-get install wrk nginx-light."})
  static final class PagesCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--count", paramLabel = "N", defaultValue = "20000",
        description = "Synthetic documents in the fresh demo archive (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--data", paramLabel = "DIR", description = "Serve this existing archive instead (only read).")
    Path data;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "20",
        description = "How long wrk asks each server for each kind of page (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "2", description = "wrk's threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--connections", paramLabel = "C", defaultValue = "32",
        description = "wrk's connections (default: ${DEFAULT-VALUE}).")
    int connections;

    @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "512m",
        description = "The server's heap, as java -Xmx takes it (default: ${DEFAULT-VALUE}).")
    String heap;

    @Option(names = "--work", paramLabel = "DIR",
        description = "The work folder for the archive, the saved pages and logs (default: a temporary folder, removed).")
    Path work;

    @Option(names = "--markdown", paramLabel = "FILE", description = "Also append the figures as Markdown to FILE.")
    Path markdown;

    @Override
    public Integer call() throws InterruptedException {
      if (seconds < 1 || seconds > 3600 || threads < 1 || connections < threads || count < 0) {
        throw new CommandLine.ParameterException(spec.commandLine(), "give 1 to 3600 seconds, 1 or more threads, at "
            + "least as many connections and 0 or more documents, not " + seconds + ", " + threads + ", "
            + connections + " and " + count);
      }
      SoakCommand.checkHeap(spec, heap);
      String command = "opis " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
      PagesReport report;
      try (Workspace workspace = Workspace.open(Optional.ofNullable(work), work != null)) {
        report = new PagesBench(new PagesBench.Settings(count, Optional.ofNullable(data), heap,
            Duration.ofSeconds(seconds), threads, connections, command), new Bars()).run(workspace);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.print(report.text());
      out.flush();
      if (markdown != null) {
        Search.append(markdown, report.markdown());
      }
      return ExitCodes.OK;
    }
  }

  // progress bars and lines on standard error, where the other commands draw theirs
  private static final class Bars implements Progress {
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

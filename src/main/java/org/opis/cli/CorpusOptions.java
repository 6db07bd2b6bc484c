package org.opis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.opis.bench.Workspace;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The options of the benchmarks that generate a corpus ({@code search}, {@code ingest},
 * {@code all}): its size and seed, the work folder that keeps it for the next run, whether the
 * rest is kept too, and where the Markdown goes. A corpus of one size and seed is shared by them.
 */
final class CorpusOptions {
  @Option(names = "--count", paramLabel = "N", required = true, description = "How many documents.")
  int count;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
      description = "The corpus' seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--work", paramLabel = "DIR",
      description = "The work folder; the corpus written there is kept and reused by later runs of any benchmark "
          + "(default: a temporary folder, removed afterwards).")
  Path work;

  @Option(names = "--keep", description = "Keep the archive, the indexes and the logs in the work folder afterwards; "
      + "a later 'opis bench search' over the same corpus there reuses them.")
  boolean keep;

  @Option(names = "--markdown", paramLabel = "FILE",
      description = "Also append the figures as Markdown to FILE (BENCHMARKS.md).")
  Path markdown;

  Workspace workspace() {
    return Workspace.open(Optional.ofNullable(work), keep);
  }

  /** Says where the work folder was kept, when it was. */
  void tellKept(Workspace workspace) {
    if (keep) {
      System.err.println("kept " + workspace.folder());
    }
  }

  /** Prints a report, and appends its Markdown to the file named, if any. */
  void print(CommandSpec spec, String text, String markdownText) {
    PrintWriter out = spec.commandLine().getOut();
    out.print(text);
    out.flush();
    if (markdown != null) {
      BenchCommand.Search.append(markdown, markdownText);
    }
  }
}

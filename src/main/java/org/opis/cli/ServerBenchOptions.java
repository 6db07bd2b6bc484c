package org.opis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.opis.bench.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * What every benchmark of a running server is told alike: the archive (a fresh demo archive of N
 * documents, or one named), the server's heap, the work folder, and where to append the figures.
 */
final class ServerBenchOptions {
  @Option(names = "--count", paramLabel = "N", defaultValue = "20000",
      description = "Synthetic documents in the fresh demo archive (default: ${DEFAULT-VALUE}).")
  int count;

  @Option(names = "--data", paramLabel = "DIR",
      description = "Use this existing archive instead of a fresh one (it is only read).")
  Path data;

  @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "512m",
      description = "The server's heap, as java -Xmx takes it (default: ${DEFAULT-VALUE}).")
  String heap;

  @Option(names = "--work", paramLabel = "DIR",
      description = "The work folder for the archive and the server's logs, kept (default: a temporary folder, removed).")
  Path work;

  @Option(names = "--markdown", paramLabel = "FILE", description = "Also append the figures as Markdown to FILE.")
  Path markdown;

  /** Refuses a count or heap no benchmark can use. */
  void check(CommandSpec spec) {
    if (count < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--count is " + count + "; give 0 or more documents");
    }
    checkSize(spec, "--heap", heap, "512m");
  }

  /** Refuses a heap size java's -Xmx would not take. */
  static void checkSize(CommandSpec spec, String option, String size, String example) {
    if (!size.matches("[0-9]+[kKmMgG]?")) {
      throw new CommandLine.ParameterException(spec.commandLine(), option + " is \"" + size + "\"; give a size such as "
          + example);
    }
  }

  Optional<Path> data() {
    return Optional.ofNullable(data);
  }

  /** The work folder: the one named, kept, or a temporary one, removed when closed. */
  Workspace workspace() {
    return Workspace.open(Optional.ofNullable(work), work != null);
  }

  /** The command line as the user typed it, for the report. */
  static String command(CommandSpec spec) {
    return "opis " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
  }

  /** Prints the report, and appends it to the Markdown file when one was named. */
  void print(CommandSpec spec, String text, String markdown) {
    PrintWriter out = spec.commandLine().getOut();
    out.print(text);
    out.flush();
    if (this.markdown != null) {
      BenchCommand.Search.append(this.markdown, markdown);
    }
  }
}

package org.opis.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One run of {@code opis} as a person sees it: exit code, standard output and standard error. */
record Console(int exit, String out, String err) {
  static Console run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = Opis.commandLine();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    int exit = cmd.execute(args);
    return new Console(exit, out.toString(), err.toString());
  }

  /** An archive with nothing in it yet, made in {@code data} as a first import or serve makes it. */
  static java.nio.file.Path emptyArchive(java.nio.file.Path data) {
    org.opis.wiring.Archive.open(new org.opis.wiring.ArchiveSettings(data, java.util.Optional.empty()),
        java.time.Clock.systemUTC()).close();
    return data;
  }
}

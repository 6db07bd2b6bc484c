package org.opis.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opis.catalog.Change;
import org.opis.search.Indexer;
import org.opis.wiring.Archive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code opis authority}: keeping the people, organisations and places of the archive. */
@Command(name = "authority", mixinStandardHelpOptions = true,
    description = "Keeps the authority records: people, organisations and places.",
    subcommands = {AuthorityCommand.Merge.class})
final class AuthorityCommand {

  @Command(name = "merge", mixinStandardHelpOptions = true,
      description = {"Merges two records found to be one person, organisation or place: every document naming FROM",
          "names INTO instead, INTO gains every name of FROM as a variant, and FROM's address leads to INTO."})
  static final class Merge implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataOptions data;

    @Parameters(index = "0", paramLabel = "FROM", description = "The identifier of the record merged away.")
    String from;

    @Parameters(index = "1", paramLabel = "INTO", description = "The identifier of the record that remains.")
    String into;

    @Option(names = "--comment", paramLabel = "TEXT", description = "Why, kept in the history of every record changed.")
    String comment;

    @Override
    public Integer call() {
      try (Archive archive = Archive.open(data.existing(), Clock.systemUTC())) {
        int changed = archive.catalog().write(Change.by("opis authority merge",
            Optional.ofNullable(comment).orElse("merged " + from + " into " + into)), w -> w.merge(from, into));
        archive.gate().record("opis authority merge", "merged", from + " into " + into, Optional.ofNullable(comment),
            Optional.empty());
        PrintWriter out = spec.commandLine().getOut();
        out.printf("merged %s into %s: %,d document%s now name%s %s%n", from, into, changed, changed == 1 ? "" : "s",
            changed == 1 ? "s" : "", into);
        out.flush();
        // a server holding the index applies the change itself; otherwise bring it up to date now
        archive.indexerUnlessHeld().ifPresent(Indexer::catchUp);
        PreservingAfter.preserve(archive, spec.commandLine().getErr());
      }
      return ExitCodes.OK;
    }
  }
}

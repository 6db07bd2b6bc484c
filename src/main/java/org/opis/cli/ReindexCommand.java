package org.opis.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.opis.catalog.Viewer;
import org.opis.problem.StorageException;
import org.opis.search.Indexer;
import org.opis.wiring.Archive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(mixinStandardHelpOptions = true, name = "reindex", sortOptions = false,
    description = {
        "Rebuilds the search index from the catalog.",
        "The index holds nothing the catalog does not, so this is always safe: use it when the index folder was lost",
        "or damaged, or after an upgrade that indexes documents differently. Stop the server first: one program at",
        "a time may write the index. Shows a progress bar; prints how many documents it indexed, and how fast.",
        "At the end it merges the index into one part, for faster searches: minutes at a million documents."})
final class ReindexCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOptions data;

  @Override
  public Integer call() {
    Clock clock = Clock.systemUTC();
    try (Archive archive = Archive.open(data.existing(), clock)) {
      Indexer indexer = archive.indexerUnlessHeld().orElseThrow(() -> new StorageException(
          "cannot rebuild the search index in " + archive.settings().indexFolder() + ": another opis program is using"
              + " it (a server, or an import bringing it up to date); stop the server, then run opis reindex again",
          null));
      long total = archive.catalog().holdings(Viewer.editorOn(LocalDate.now(clock))).documents();
      long start = System.nanoTime();
      long indexed;
      try (ProgressBar bar = new ProgressBar(System.err, "indexing", "documents", total)) {
        indexed = indexer.rebuild(bar.asIndexerProgress());
      }
      double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
      PrintWriter out = spec.commandLine().getOut();
      out.printf("indexed %,d document%s in %.1f s (%,.0f a second)%n", indexed, indexed == 1 ? "" : "s", seconds,
          indexed / seconds);
      out.flush();
    }
    return ExitCodes.OK;
  }
}

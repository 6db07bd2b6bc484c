package org.opis.cli;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.opis.wiring.Archive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(mixinStandardHelpOptions = true, name = "serve", sortOptions = false,
    description = {
        "Serves the reading room and the JSON API over the archive in the data folder.",
        "Prints one line with its address (http://HOST:PORT/) once it accepts connections; runs until stopped (Ctrl-C).",
        "Keeps the search index up to date with the catalog, also with what other programs (opis import) save in it."})
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOptions data;
  @Mixin WebOptions web;

  /** How long a server waits for an import that is bringing the search index up to date. */
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @Override
  public Integer call() throws InterruptedException {
    Archive archive = Archive.open(data.settings(), Clock.systemUTC());
    try {
      // the reading room serves at once; the index catches up behind it
      archive.indexer(PATIENCE).start();
    } catch (RuntimeException | InterruptedException e) {
      archive.close();
      throw e;
    }
    Serving.untilStopped(archive, web.settings(), spec.commandLine().getOut(), () -> {});
    return ExitCodes.OK;
  }
}

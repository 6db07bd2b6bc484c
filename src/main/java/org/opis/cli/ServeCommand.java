package org.opis.cli;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opis.preserve.FixitySchedule;
import org.opis.web.ReadingRoomSettings;
import org.opis.wiring.Archive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(mixinStandardHelpOptions = true, name = "serve", sortOptions = false,
    description = {
        "Serves the reading room and the JSON API over the archive in the data folder.",
        "Prints one line with its address (http://HOST:PORT/) once it accepts connections; runs until stopped (Ctrl-C).",
        "Keeps the search index and the record versions in the OCFL store up to date with the catalog, also with what",
        "other programs (opis import) save in it, and checks fixity on a schedule."})
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOptions data;
  @Mixin WebOptions web;

  @Option(names = "--fixity-every", paramLabel = "DURATION", defaultValue = "${env:OPIS_FIXITY_EVERY:-7d}",
      converter = Interval.Reader.class,
      description = "How often the server reads every original and record version again (a fixity check): 7d, 12h, "
          + "30m, P7D, or off. The next is due that long after the last recorded check (default: ${DEFAULT-VALUE}; "
          + "env OPIS_FIXITY_EVERY).")
  Interval fixityEvery;

  /** How long a server waits for an import that is bringing the search index up to date. */
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @Override
  public Integer call() throws InterruptedException {
    // the limits are checked before the archive is opened, so a refused one leaves nothing running
    ReadingRoomSettings settings = web.settings();
    Archive archive = Archive.open(data.settings(), Clock.systemUTC());
    Optional<FixitySchedule> schedule;
    try {
      // the reading room serves at once; the index catches up behind it
      archive.indexer(PATIENCE).start();
      schedule = fixityEvery.every().map(every -> new FixitySchedule(archive.fixity(), archive.fixityLog(), every,
          archive.clock()));
      schedule.ifPresent(FixitySchedule::start);
    } catch (RuntimeException | InterruptedException e) {
      archive.close();
      throw e;
    }
    Serving.untilStopped(archive, settings, spec.commandLine().getOut(), () -> schedule.ifPresent(
        FixitySchedule::close));
    return ExitCodes.OK;
  }
}

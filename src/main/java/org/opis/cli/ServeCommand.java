package org.opis.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import org.opis.wiring.Archive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(mixinStandardHelpOptions = true, name = "serve", sortOptions = false,
    description = {
        "Serves the reading room and the JSON API over the archive in the data folder.",
        "Prints one line with its address (http://HOST:PORT/) once it accepts connections; runs until stopped (Ctrl-C)."})
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOptions data;
  @Mixin WebOptions web;

  @Override
  public Integer call() throws InterruptedException {
    Archive archive = Archive.open(data.settings(), Clock.systemUTC());
    Serving.untilStopped(archive, web.settings(), spec.commandLine().getOut(), () -> {});
    return ExitCodes.OK;
  }
}

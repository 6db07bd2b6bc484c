package org.opis.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.opis.demo.DemoCorpus;
import org.opis.demo.DemoFacsimile;
import org.opis.problem.InvalidInputException;
import org.opis.wiring.Archive;
import org.opis.wiring.ArchiveSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(mixinStandardHelpOptions = true, name = "demo", sortOptions = false,
    description = {
        "Serves a fresh temporary archive filled with the demo corpus.",
        "One real document (the Wilson Center's telegram from Stalin to Lenin, 16 November 1920) and N synthetic ones,",
        "each marked as synthetic. The real one shows a drawn demonstration page in the IIIF viewer.",
        "Prints the address once it accepts connections; runs until stopped (Ctrl-C), then deletes the archive."})
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin WebOptions web;

  @Option(names = "--count", paramLabel = "N", defaultValue = "500",
      description = "How many synthetic documents to add (default: ${DEFAULT-VALUE}).")
  int count;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (count < 0 || count > 1_000_000) {
      throw new InvalidInputException("--count is " + count + "; give a number from 0 to 1,000,000");
    }
    Path data = Files.createTempDirectory("opis-demo-");
    Archive archive = Archive.open(new ArchiveSettings(data, Optional.empty()), Clock.systemUTC());
    try (ProgressBar bar = new ProgressBar(System.err, "filling the demo archive", "documents", count)) {
      DemoCorpus.fill(archive.catalog(), count, bar::update);
      DemoFacsimile.attach(archive.catalog(), archive.originals(), data.resolve("demo"));
      archive.indexer().start();
    } catch (RuntimeException e) {
      archive.close();
      delete(data);
      throw e;
    }
    Serving.untilStopped(archive, web.settings(), spec.commandLine().getOut(), () -> delete(data));
    return ExitCodes.OK;
  }

  private static void delete(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

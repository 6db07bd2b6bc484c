package org.opis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.opis.problem.InvalidInputException;
import org.opis.problem.StorageException;
import org.opis.wiring.ArchiveSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code opis restore IN --data DIR}: an archive backed up by {@code opis backup}, into an empty
 * data folder; the search index is rebuilt from the restored catalog when first opened.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
    description = {"Restores a backup made by 'opis backup' into an empty data folder (--data).",
        "The search index is rebuilt from the restored catalog by the first 'opis serve' (or at once by 'opis reindex')."})
final class RestoreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOptions data;

  @Parameters(paramLabel = "IN", description = "The folder 'opis backup' wrote.")
  Path in;

  @Override
  public Integer call() {
    ArchiveSettings settings = data.settings();
    Path catalog = in.resolve("catalog.db");
    if (!Files.isRegularFile(catalog)) {
      throw new InvalidInputException(in + " is not a backup made by opis backup: it has no catalog.db");
    }
    Folders.requireEmpty(settings.data(), "restore into");
    try {
      Files.createDirectories(settings.data());
      Files.copy(catalog, settings.catalogFile(), StandardCopyOption.COPY_ATTRIBUTES);
      long files = Folders.copy(in.resolve("ocfl"), settings.originalsFolder());
      PrintWriter out = spec.commandLine().getOut();
      out.printf("restored %s into %s: the catalog and the OCFL store of originals (%,d file%s); the search index"
          + " is rebuilt when the archive is first served (or run opis reindex)%n", in, settings.data(), files, files == 1 ? "" : "s");
      out.flush();
    } catch (IOException e) {
      throw new StorageException("could not restore " + in + " into " + settings.data() + ": " + e.getMessage(), e);
    }
    return ExitCodes.OK;
  }
}

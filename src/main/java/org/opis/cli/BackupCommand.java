package org.opis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;
import org.opis.problem.StorageException;
import org.opis.wiring.ArchiveSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code opis backup OUT}: a consistent copy of an archive while its server runs: the SQLite
 * catalog (accounts, history and audit log with it) by {@code VACUUM INTO}, which reads one
 * snapshot, and the OCFL store of originals, whose versions are never changed once written.
 * The search index is left out: it is rebuilt from the catalog.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
    description = {"Copies the archive into OUT (a new folder) while the server may run.",
        "It copies the SQLite catalog as one consistent snapshot (VACUUM INTO) and the OCFL store of originals.",
        "The search index is left out: it is rebuilt from the catalog. 'opis restore OUT --data NEW' brings it back. For a PostgreSQL catalog use",
        "pg_dump for the catalog; this copies the originals."})
final class BackupCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOptions data;

  @Parameters(paramLabel = "OUT", description = "The folder to write; it must not exist yet, or be empty.")
  Path out;

  @Override
  public Integer call() {
    ArchiveSettings settings = data.existing();
    Folders.requireEmpty(out, "back up into");
    Path catalog = settings.catalogFile();
    try {
      Files.createDirectories(out);
      if (settings.database().isEmpty()) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + catalog.toAbsolutePath());
            Statement s = c.createStatement()) {
          s.execute("VACUUM INTO '" + out.resolve("catalog.db").toAbsolutePath().toString().replace("'", "''") + "'");
        }
      }
      long files = Folders.copy(settings.originalsFolder(), out.resolve("ocfl"));
      PrintWriter print = spec.commandLine().getOut();
      print.printf("backed up %s into %s: the catalog%s and the OCFL store of originals (%,d file%s)%n",
          settings.data(), out, settings.database().isEmpty() ? "" : " (not: it is in PostgreSQL; use pg_dump)", files,
          files == 1 ? "" : "s");
      print.flush();
    } catch (SQLException | IOException e) {
      throw new StorageException("could not back up " + settings.data() + " into " + out + ": " + e.getMessage(), e);
    }
    return ExitCodes.OK;
  }
}

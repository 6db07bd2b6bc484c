package org.opis.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.opis.problem.NotFoundException;
import org.opis.wiring.ArchiveSettings;
import picocli.CommandLine.Option;

/** The options every command that opens an archive shares. */
final class DataOptions {
  @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:OPIS_DATA:-opis-data}",
      description = "The archive's data folder; import, serve and user create it if missing (default: ${DEFAULT-VALUE}; env OPIS_DATA).")
  Path data;

  @Option(names = "--db", paramLabel = "JDBC_URL", defaultValue = "${env:OPIS_DB}",
      description = "The catalog's JDBC URL, for PostgreSQL: jdbc:postgresql://host:5432/opis?user=opis&password=... "
          + "(default: the SQLite file catalog.db in the data folder; env OPIS_DB).")
  String database;

  ArchiveSettings settings() {
    return new ArchiveSettings(data, Optional.ofNullable(database).filter(s -> !s.isBlank()));
  }

  /**
   * The settings of an archive that must exist already: a command that reads an archive (a
   * fixity check, an export) pointed at a mistyped or unmounted folder would otherwise make an
   * empty archive there and report that everything in it is intact, or export nothing.
   *
   * @throws NotFoundException when the data folder holds no catalog
   */
  ArchiveSettings existing() {
    ArchiveSettings settings = settings();
    if (settings.database().isEmpty() && !Files.isRegularFile(settings.catalogFile())) {
      throw new NotFoundException("there is no archive in " + settings.data() + ": it has no "
          + settings.catalogFile().getFileName() + "; check --data (or OPIS_DATA): only import, serve and user"
          + " create an archive");
    }
    return settings;
  }
}

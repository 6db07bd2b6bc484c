package org.opis.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.opis.wiring.ArchiveSettings;
import picocli.CommandLine.Option;

/** The options every command that opens an archive shares. */
final class DataOptions {
  @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:OPIS_DATA:-opis-data}",
      description = "The archive's data folder, created if missing (default: ${DEFAULT-VALUE}; env OPIS_DATA).")
  Path data;

  @Option(names = "--db", paramLabel = "JDBC_URL", defaultValue = "${env:OPIS_DB}",
      description = "The catalog's JDBC URL, for PostgreSQL: jdbc:postgresql://host:5432/opis?user=opis&password=... "
          + "(default: the SQLite file catalog.db in the data folder; env OPIS_DB).")
  String database;

  ArchiveSettings settings() {
    return new ArchiveSettings(data, Optional.ofNullable(database).filter(s -> !s.isBlank()));
  }
}

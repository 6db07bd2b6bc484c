package org.opis.wiring;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an archive keeps its data.
 *
 * @param data the data folder; created when missing; holds the search index, and the SQLite
 *     catalog by default
 * @param database a JDBC URL of the catalog when it is not the SQLite file in the data folder
 *     ({@code jdbc:postgresql://host/db?user=..&password=..})
 */
public record ArchiveSettings(Path data, Optional<String> database) {
  public ArchiveSettings {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(database, "database");
  }

  /** The SQLite catalog file inside the data folder. */
  public Path catalogFile() {
    return data.resolve("catalog.db");
  }

  /** The OCFL storage root of the originals (scans and PDFs) inside the data folder. */
  public Path originalsFolder() {
    return data.resolve("ocfl");
  }

  /**
   * Where Opis keeps what it makes from originals and can make again (PDF pages as images, the
   * OCFL library's staging files): never needed in a backup.
   */
  public Path derivativesFolder() {
    return data.resolve("derivatives");
  }

  /**
   * The notes of originals being kept, inside the data folder: each written before a file goes to
   * the store and settled once the catalog has decided (see {@code org.opis.keeping}).
   */
  public Path notesFolder() {
    return data.resolve("keeping");
  }

  /** The file whose lock is the turn to keep record versions in the OCFL store, one process at a time. */
  public Path preservationLock() {
    return data.resolve("preservation.lock");
  }

  /** The search index's folder inside the data folder. */
  public Path indexFolder() {
    return data.resolve("index");
  }
}

package org.opis.wiring;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import org.opis.catalog.Catalog;
import org.opis.catalog.sql.SqlCatalog;
import org.opis.ingest.Formats;
import org.opis.ingest.Importer;
import org.opis.ingest.csv.CsvFormat;
import org.opis.ingest.json.JsonFormat;
import org.opis.ingest.pagetext.PageTextFormat;
import org.opis.problem.StorageException;

/**
 * An open archive: its catalog and the services built on it, over one data folder. Closing it
 * releases the catalog.
 */
public final class Archive implements AutoCloseable {
  private final ArchiveSettings settings;
  private final Clock clock;
  private final Catalog catalog;
  private final Formats formats;

  private Archive(ArchiveSettings settings, Clock clock, Catalog catalog) {
    this.settings = settings;
    this.clock = clock;
    this.catalog = catalog;
    this.formats = new Formats(List.of(new JsonFormat(), new CsvFormat(), new PageTextFormat()));
  }

  /** Opens the archive in the settings' data folder, creating and migrating it when needed. */
  public static Archive open(ArchiveSettings settings, Clock clock) {
    try {
      Files.createDirectories(settings.data());
    } catch (IOException e) {
      throw new StorageException("cannot create the data folder " + settings.data() + ": " + e.getMessage(), e);
    }
    Catalog catalog = settings.database().isPresent()
        ? SqlCatalog.open(settings.database().get(), clock)
        : SqlCatalog.sqlite(settings.catalogFile(), clock);
    return new Archive(settings, clock, catalog);
  }

  public ArchiveSettings settings() {
    return settings;
  }

  public Clock clock() {
    return clock;
  }

  public Catalog catalog() {
    return catalog;
  }

  public Formats formats() {
    return formats;
  }

  public Importer importer() {
    return new Importer(catalog, formats);
  }

  @Override
  public void close() {
    catalog.close();
  }
}

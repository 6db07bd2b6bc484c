package org.opis.wiring;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.opis.account.Gate;
import org.opis.account.sql.SqlAccounts;
import org.opis.account.sql.SqlAudit;
import org.opis.catalog.Catalog;
import org.opis.catalog.sql.SqlCatalog;
import org.opis.files.Examiner;
import org.opis.files.FileStore;
import org.opis.files.Originals;
import org.opis.files.ocfl.OcflFileStore;
import org.opis.iiif.Pictures;
import org.opis.ingest.Formats;
import org.opis.ingest.Importer;
import org.opis.keeping.Safekeeping;
import org.opis.ingest.csv.CsvFormat;
import org.opis.ingest.json.JsonFormat;
import org.opis.ingest.pagetext.PageTextFormat;
import org.opis.tei.TeiFormat;
import org.opis.preserve.Fixity;
import org.opis.preserve.FixityLog;
import org.opis.preserve.Preserver;
import org.opis.preserve.sql.SqlPreservation;
import org.opis.problem.StorageException;
import org.opis.search.Indexer;
import org.opis.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open archive: its catalog, its search index and the services built on them, over one data
 * folder. The index is opened when first asked for, since one process at a time may write it:
 * commands that do not need it (export) run beside a server that holds it. Closing the archive
 * stops the indexer, then closes the index, then the catalog.
 */
public final class Archive implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Archive.class);
  private static final long WAIT_STEP_MS = 100;

  private final ArchiveSettings settings;
  private final Clock clock;
  private final Catalog catalog;
  private final Gate gate;
  private final Formats formats;
  private final IndexFolder indexFolder;
  private SearchIndex index;
  private Indexer indexer;
  private OcflFileStore files;
  private final SqlPreservation preservation;
  private Preserver preserver;
  private Fixity fixity;

  private Archive(ArchiveSettings settings, Clock clock, SqlCatalog catalog) {
    this.settings = settings;
    this.clock = clock;
    this.catalog = catalog;
    // accounts live in the catalog's database, so a backup of one is a backup of both
    this.gate = new Gate(new SqlAccounts(catalog.database()), new SqlAudit(catalog.database()), clock);
    this.formats = new Formats(List.of(new JsonFormat(), new CsvFormat(), new TeiFormat(), new PageTextFormat()));
    this.indexFolder = new IndexFolder(settings.indexFolder());
    this.preservation = new SqlPreservation(catalog.database());
  }

  /** Opens the archive in the settings' data folder, creating and migrating it when needed. */
  public static Archive open(ArchiveSettings settings, Clock clock) {
    try {
      Files.createDirectories(settings.data());
    } catch (IOException e) {
      throw new StorageException("cannot create the data folder " + settings.data() + ": " + e.getMessage(), e);
    }
    SqlCatalog catalog = settings.database().isPresent()
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

  /** Accounts, sign-in and API tokens. */
  public Gate gate() {
    return gate;
  }

  public Formats formats() {
    return formats;
  }

  public Importer importer() {
    return new Importer(formats, safekeeping());
  }

  /**
   * Catalog changes that keep originals: the files first, then the catalog's commit, with notes in
   * {@code DIR/keeping} that let a later change put back the files of one that never committed.
   */
  public Safekeeping safekeeping() {
    return Safekeeping.noted(catalog, originals(), this::files, settings.notesFolder());
  }

  /** The store of originals (scans and PDFs), opened on first use in {@code DIR/ocfl}. */
  public synchronized FileStore files() {
    if (files == null) {
      files = OcflFileStore.open(settings.originalsFolder(), settings.derivativesFolder().resolve("ocfl-work"));
    }
    return files;
  }

  /**
   * Keeps every revision of every record in the OCFL store, following the catalog; one for the
   * archive, not yet following it in the background.
   */
  public synchronized Preserver preserver() {
    if (preserver == null) {
      files();
      preserver = new Preserver(catalog, files.records(), preservation, settings.preservationLock());
    }
    return preserver;
  }

  /** The fixity check of originals and record versions, recording every run. */
  public synchronized Fixity fixity() {
    if (fixity == null) {
      fixity = new Fixity(catalog, files(), files.records(), preserver(), preservation, clock);
    }
    return fixity;
  }

  /** Every fixity check that ran, and what it found. */
  public FixityLog fixityLog() {
    return preservation;
  }

  /** The pages of originals for the IIIF Image API, up to 64 megapixels of them decoded in memory. */
  public Pictures pictures() {
    return new Pictures(this::files, settings.derivativesFolder(), 64_000_000L);
  }

  /** Attaching originals to documents: examined, refused when bad, kept in {@link #files()}. */
  public Originals originals() {
    return new Originals(this::files, new Examiner(Examiner.DEFAULT_PIXEL_LIMIT));
  }

  /**
   * The search index, opened on first use: created when missing, started afresh (to be rebuilt)
   * when it cannot be read.
   *
   * @throws StorageException when another opis process holds it, or the folder cannot be used
   */
  public synchronized SearchIndex index() {
    indexer();
    return index;
  }

  /**
   * The one writer of the index, keeping it derived from the catalog; not yet following it.
   *
   * @throws StorageException as {@link #index()}
   */
  public synchronized Indexer indexer() {
    return indexerUnlessHeld().orElseThrow(() -> new StorageException("the search index in "
        + indexFolder.path() + " is in use by another opis process (a server, or an import bringing it up to date)",
        null));
  }

  /**
   * The indexer, waiting up to {@code patience} while another opis process holds the index (an
   * import bringing it up to date holds it for a while, then lets it go).
   *
   * @throws StorageException as {@link #index()}, when still held after {@code patience}
   */
  public Indexer indexer(Duration patience) throws InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    boolean told = false;
    while (true) {
      Optional<Indexer> free = indexerUnlessHeld();
      if (free.isPresent() || System.nanoTime() > deadline) {
        return free.orElseGet(this::indexer);
      }
      if (!told) {
        LOG.info("waiting up to {} s for the search index in {}, which another opis process holds",
            patience.toSeconds(), indexFolder.path());
        told = true;
      }
      Thread.sleep(WAIT_STEP_MS);
    }
  }

  /** The indexer; empty when another opis process holds the index. */
  public synchronized Optional<Indexer> indexerUnlessHeld() {
    if (indexer == null) {
      Optional<SearchIndex> opened = indexFolder.openUnlessHeld();
      if (opened.isEmpty()) {
        return Optional.empty();
      }
      index = opened.get();
      indexer = new Indexer(catalog, index);
    }
    return Optional.of(indexer);
  }

  @Override
  public synchronized void close() {
    try (Catalog c = catalog; FileStore f = files; SearchIndex i = index; Indexer x = indexer; Preserver p = preserver) {
      // closed in the reverse order: the preserver and the indexer stop writing, then the index,
      // the store of originals, then the catalog
    }
  }
}

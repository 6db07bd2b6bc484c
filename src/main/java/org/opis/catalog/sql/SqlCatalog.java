package org.opis.catalog.sql;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.opis.authority.Agent;
import org.opis.authority.Place;
import org.opis.canonical.CanonicalJson;
import org.opis.catalog.Browse;
import org.opis.catalog.Catalog;
import org.opis.catalog.CatalogChange;
import org.opis.catalog.CatalogWriter;
import org.opis.catalog.Change;
import org.opis.catalog.CollectionSummary;
import org.opis.catalog.CurrentVersion;
import org.opis.catalog.Harvest;
import org.opis.catalog.Harvested;
import org.opis.catalog.Holdings;
import org.opis.catalog.Page;
import org.opis.catalog.Revision;
import org.opis.catalog.SavedVersion;
import org.opis.catalog.CollectionDescription;
import org.opis.catalog.Merged;
import org.opis.catalog.Named;
import org.opis.catalog.Stamp;
import org.opis.catalog.Viewer;
import org.opis.catalog.Withdrawal;
import org.opis.problem.StorageException;
import org.opis.record.Document;
import org.opis.record.DocumentId;

/**
 * The catalog in a SQL database, SQLite or PostgreSQL, with one schema migrated by Flyway. Safe
 * for many threads: readers run at the same time as the one writer.
 */
public final class SqlCatalog implements Catalog {
  private static final int BATCH = 500;

  private final Engine engine;
  private final HikariDataSource pool;
  private final Jdbi jdbi;
  private final Clock clock;
  private final Attempt attempt;
  // one writer at a time in this process; the engine orders writers across processes
  private final ReentrantLock writer = new ReentrantLock(true);

  private SqlCatalog(Engine engine, HikariDataSource pool, Clock clock, Attempt attempt) {
    this.engine = engine;
    this.pool = pool;
    this.jdbi = Jdbi.create(pool);
    this.clock = clock;
    this.attempt = attempt;
  }

  /**
   * The embedded catalog: one SQLite file, created with its folder when missing, in WAL mode.
   *
   * @throws StorageException when the file cannot be created, opened or brought up to date
   */
  public static SqlCatalog sqlite(Path databaseFile, Clock clock) {
    Path file = databaseFile.toAbsolutePath();
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw new StorageException("could not create the folder " + file.getParent() + " for the catalog", e);
    }
    return open("jdbc:sqlite:" + file, clock);
  }

  /**
   * The catalog in the database a JDBC URL names, {@code jdbc:sqlite:FILE} or {@code
   * jdbc:postgresql://HOST:PORT/DATABASE?user=..&password=..}, its tables created or brought up
   * to date.
   *
   * @throws StorageException when the URL names another database, or the database cannot be
   *     reached or migrated
   */
  public static SqlCatalog open(String jdbcUrl, Clock clock) {
    String where = Attempt.withoutCredentials(jdbcUrl);
    Engine engine = Engine.of(jdbcUrl).orElseThrow(() -> new StorageException("cannot keep the catalog in " + where
        + ": Opis keeps it in SQLite (jdbc:sqlite:FILE) or PostgreSQL (jdbc:postgresql://HOST/DATABASE)", null));
    Attempt attempt = new Attempt(where);
    HikariDataSource pool;
    try {
      pool = engine.pool(jdbcUrl);
    } catch (RuntimeException e) {
      throw attempt.failure("connect to the database", e);
    }
    long deadline = System.nanoTime() + BUSY_PATIENCE.toNanos();
    while (true) {
      try {
        Flyway.configure().dataSource(pool).locations(engine.migrationLocations())
            .javaMigrations(new LinkStoredDocuments(), new StampStoredDocuments()).load().migrate();
        return new SqlCatalog(engine, pool, clock, attempt);
      } catch (FlywayException e) {
        // another opis process (an import) holds SQLite's write lock for as long as a file takes
        // to import, which may be longer than one busy timeout: a server starting meanwhile waits
        if (!isBusy(e) || System.nanoTime() > deadline) {
          pool.close();
          throw attempt.failure("create or update the catalog's tables", e);
        }
        org.slf4j.LoggerFactory.getLogger(SqlCatalog.class).info("waiting for another opis process writing the"
            + " catalog at {}", where);
      }
    }
  }

  private static final java.time.Duration BUSY_PATIENCE = java.time.Duration.ofMinutes(3);

  private static boolean isBusy(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String message = String.valueOf(t.getMessage());
      if (message.contains("SQLITE_BUSY") || message.contains("database is locked")) {
        return true;
      }
    }
    return false;
  }

  /** The catalog's database, for what else is kept in it beside the catalog (accounts). */
  public javax.sql.DataSource database() {
    return pool;
  }

  @Override
  public <T> T write(Change change, Function<CatalogWriter, T> work) {
    if (writer.isHeldByCurrentThread()) {
      throw new IllegalStateException("write was called inside a write: save through the CatalogWriter given");
    }
    writer.lock();
    try {
      return attempt.to("save the change by " + change.author(), () -> jdbi.withHandle(h -> unitOfWork(h, change, work)));
    } finally {
      writer.unlock();
    }
  }

  // one transaction with statements prepared once; the writer dies with it, committed or not
  private <T> T unitOfWork(Handle h, Change change, Function<CatalogWriter, T> work) {
    ReusedStatements statements = new ReusedStatements();
    h.setStatementBuilder(statements);
    try {
      return h.inTransaction(inside -> {
        engine.beginWrite(inside);
        SqlWriter writing = new SqlWriter(inside, change, clock, attempt);
        try {
          T result = work.apply(writing);
          writing.finish();
          return result;
        } finally {
          writing.abandon();
        }
      });
    } finally {
      statements.close(h.getConnection());
    }
  }

  @Override
  public Optional<Document> document(DocumentId id, Viewer viewer) {
    return attempt.to("read document " + id, () -> jdbi.withHandle(h -> DocumentTable.visibleJson(h, id, viewer)
        .map(CanonicalJson::readStored).map(d -> Followable.relations(h, d, viewer))));
  }

  @Override
  public Page<Document> browse(Browse browse, Viewer viewer) {
    return attempt.to("list documents", () -> jdbi.withHandle(h -> {
      Shelves.Listed listed = Shelves.browse(h, browse, viewer);
      List<Document> items = listed.json().stream().map(CanonicalJson::readStored).toList();
      return new Page<>(Followable.relations(h, items, viewer), listed.total(), browse.page(), browse.size());
    }));
  }

  @Override
  public List<Stamp> stamps(Viewer viewer, long offset, int limit) {
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset " + offset + " and limit " + limit + " must not be negative");
    }
    return attempt.to("list documents for a sitemap", () -> jdbi.withHandle(h -> Shelves.stamps(h, viewer, offset, limit)));
  }

  @Override
  public Holdings holdings(Viewer viewer) {
    return attempt.to("count the holdings", () -> jdbi.withHandle(h -> Shelves.holdings(h, viewer)));
  }

  @Override
  public Optional<String> mergedInto(String authorityId) {
    return attempt.to("read whether " + authorityId + " was merged", () -> jdbi.withHandle(h -> Merging.mergedInto(h,
        authorityId)));
  }

  @Override
  public Optional<CollectionDescription> description(String collectionId) {
    return attempt.to("read the collection " + collectionId, () -> jdbi.withHandle(h -> CollectionDescriptions.of(h,
        collectionId)));
  }

  @Override
  public List<CollectionSummary> collectionsWithin(String collectionId, Viewer viewer) {
    return attempt.to("list the collections within " + collectionId, () -> jdbi.withHandle(h ->
        CollectionDescriptions.within(h, collectionId).stream()
            .flatMap(id -> CollectionTable.one(h, id, viewer).stream()).filter(c -> c.documents() > 0).toList()));
  }

  @Override
  public Optional<Withdrawal> withdrawal(DocumentId id) {
    return attempt.to("read whether document " + id + " is withdrawn", () -> jdbi.withHandle(h -> Withdrawals.of(h, id)));
  }

  @Override
  public Optional<Withdrawal> tombstone(DocumentId id) {
    return attempt.to("read whether document " + id + " was withdrawn from the public",
        () -> jdbi.withHandle(h -> Withdrawals.tombstone(h, id)));
  }

  @Override
  public List<Revision> revisions(DocumentId id) {
    return attempt.to("list the revisions of document " + id,
        () -> jdbi.withHandle(h -> Revisions.of(h, Revisions.DOCUMENT, id.value())));
  }

  @Override
  public Optional<Document> revision(DocumentId id, int number) {
    return attempt.to("read revision " + number + " of document " + id,
            () -> jdbi.withHandle(h -> Revisions.json(h, Revisions.DOCUMENT, id.value(), number)))
        .map(CanonicalJson::readStored);
  }

  @Override
  public Optional<Agent> agent(String id) {
    return attempt.to("read the authority record " + id, () -> jdbi.withHandle(h -> AuthorityTable.agent(h, id)));
  }

  @Override
  public int authorityRevision(String id, boolean place) {
    return attempt.to("read the revision of the authority record " + id,
        () -> jdbi.withHandle(h -> AuthorityTable.revision(h, place, id)));
  }

  @Override
  public List<Revision> authorityRevisions(String id, boolean place) {
    return attempt.to("read the history of the authority record " + id,
        () -> jdbi.withHandle(h -> Revisions.of(h, place ? Revisions.PLACE : Revisions.AGENT, id)));
  }

  @Override
  public Optional<Agent> agentRevision(String id, int number) {
    return attempt.to("read revision " + number + " of the authority record " + id,
        () -> jdbi.withHandle(h -> Revisions.json(h, Revisions.AGENT, id, number))).map(CanonicalJson::readStoredAgent);
  }

  @Override
  public Optional<Place> placeRevision(String id, int number) {
    return attempt.to("read revision " + number + " of the place " + id,
        () -> jdbi.withHandle(h -> Revisions.json(h, Revisions.PLACE, id, number))).map(CanonicalJson::readStoredPlace);
  }

  @Override
  public Optional<Place> place(String id) {
    return attempt.to("read the place " + id, () -> jdbi.withHandle(h -> AuthorityTable.place(h, id)));
  }

  @Override
  public List<CollectionSummary> collections(Viewer viewer) {
    return attempt.to("list the collections", () -> jdbi.withHandle(h -> CollectionTable.all(h, viewer)));
  }

  @Override
  public Optional<CollectionSummary> collection(String id, Viewer viewer) {
    return attempt.to("read the collection " + id, () -> jdbi.withHandle(h -> CollectionTable.one(h, id, viewer)));
  }

  @Override
  public void forEachDocument(Consumer<Document> each) {
    forEachStored("read documents for export", row -> each.accept(CanonicalJson.readStored(row.json())));
  }

  @Override
  public List<CurrentVersion> current(Collection<DocumentId> ids) {
    List<DocumentId> all = List.copyOf(ids);
    List<DocumentTable.Stored> found = new ArrayList<>();
    for (int from = 0; from < all.size(); from += BATCH) {
      List<DocumentId> some = all.subList(from, Math.min(all.size(), from + BATCH));
      found.addAll(attempt.to("read " + some.size() + " documents for indexing",
          () -> jdbi.withHandle(h -> DocumentTable.findAll(h, some))));
    }
    return found.stream()
        .sorted(Comparator.comparing(DocumentTable.Stored::id))
        .map(s -> new CurrentVersion(CanonicalJson.readStored(s.json()), s.revision()))
        .toList();
  }

  @Override
  public void forEachCurrent(Consumer<CurrentVersion> each) {
    forEachStored("read documents for indexing",
        row -> each.accept(new CurrentVersion(CanonicalJson.readStored(row.json()), row.revision())));
  }

  private void forEachStored(String doing, Consumer<OrderedJson> each) {
    inBatches(doing, (h, after) -> h.createQuery("SELECT order_key, revision, json FROM document"
            + " WHERE order_key > :after ORDER BY order_key LIMIT :limit")
        .bind("after", after)
        .bind("limit", BATCH)
        .map((rs, ctx) -> new OrderedJson(rs.getString("order_key"), rs.getInt("revision"), rs.getString("json")))
        .list(), OrderedJson::key, each);
  }

  @Override
  public List<DocumentId> documentsNaming(String authorityId) {
    return attempt.to("find the documents naming " + authorityId,
        () -> jdbi.withHandle(h -> AuthorityLinks.documentsNaming(h, authorityId)));
  }

  @Override
  public Page<Named> named(Named.Kind kind, int page, int size, Viewer viewer) {
    return attempt.to("list the index of " + kind.name().toLowerCase(java.util.Locale.ROOT), () -> jdbi.withHandle(h -> {
      NamedIndex.Listed listed = NamedIndex.page(h, kind, page, size, viewer);
      List<Named> items = listed.page().stream()
          .map(c -> new Named(c.id(), (kind == Named.Kind.AGENTS ? agent(c.id()).map(Agent::name)
              : place(c.id()).map(Place::name)).orElse(c.id()), c.documents()))
          .toList();
      return new Page<>(items, listed.total(), page, size);
    }));
  }

  @Override
  public void forEachAgent(Consumer<Agent> each) {
    inBatches("read authority records for export", (h, after) -> AuthorityTable.jsonAfter(h, "agent", after, BATCH)
        .stream().map(CanonicalJson::readStoredAgent).toList(), Agent::id, each);
  }

  @Override
  public List<DocumentId> documentsIn(String collectionId) {
    return attempt.to("list the documents of the collection " + collectionId,
        () -> jdbi.withHandle(h -> CollectionDescriptions.documents(h, collectionId)));
  }

  @Override
  public List<Merged> merges() {
    return attempt.to("read the merges for export", () -> jdbi.withHandle(Merging::all));
  }

  @Override
  public List<CollectionDescription> descriptions() {
    return attempt.to("read the collections for export", () -> jdbi.withHandle(CollectionDescriptions::all));
  }

  @Override
  public void forEachPlace(Consumer<Place> each) {
    inBatches("read places for export", (h, after) -> AuthorityTable.jsonAfter(h, "place", after, BATCH)
        .stream().map(CanonicalJson::readStoredPlace).toList(), Place::id, each);
  }

  // batch after batch by key, so no cursor stays open while the caller works and memory stays flat
  private <T> void inBatches(String doing, BiFunction<Handle, String, List<T>> fetch, Function<T, String> key,
      Consumer<T> each) {
    String after = "";
    List<T> batch;
    do {
      String from = after;
      batch = attempt.to(doing, () -> jdbi.withHandle(h -> fetch.apply(h, from)));
      batch.forEach(each);
      after = batch.isEmpty() ? after : key.apply(batch.get(batch.size() - 1));
    } while (batch.size() == BATCH);
  }

  /**
   * Up to {@code limit} changes after outbox {@code position}, oldest first, for a derived store
   * to apply; position 0 is before the first change.
   */
  @Override
  public List<CatalogChange> changes(long position, int limit) {
    return attempt.to("read the outbox", () -> jdbi.withHandle(h -> Revisions.after(h, position, limit)));
  }

  @Override
  public List<SavedVersion> saved(List<CatalogChange> changes) {
    return attempt.to("read the revisions to preserve", () -> jdbi.withHandle(h -> Revisions.saved(h, changes)));
  }

  @Override
  public long position() {
    return attempt.to("read the outbox", () -> jdbi.withHandle(Revisions::newest));
  }

  @Override
  public Harvest.Listed harvest(Harvest harvest) {
    return attempt.to("list records for harvesting", () -> jdbi.withHandle(h -> Harvests.list(h, harvest)));
  }

  @Override
  public Optional<Harvested> harvested(DocumentId id, LocalDate today) {
    return attempt.to("read document " + id + " for harvesting", () -> jdbi.withHandle(h -> Harvests.one(h, id, today)));
  }

  @Override
  public Optional<Instant> earliestDatestamp(LocalDate today) {
    return attempt.to("find the earliest datestamp", () -> jdbi.withHandle(h -> Harvests.earliest(h, today)));
  }

  @Override
  public boolean isHealthy() {
    try {
      return jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Override
  public void close() {
    pool.close();
  }

  private record OrderedJson(String key, int revision, String json) {}
}

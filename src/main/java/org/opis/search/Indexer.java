package org.opis.search;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import org.opis.catalog.Catalog;
import org.opis.catalog.CatalogChange;
import org.opis.catalog.Viewer;
import org.opis.record.DocumentId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one writer of a search index, which keeps it derived from the catalog: it applies the
 * catalog's outbox to the index in batches, each recorded in the index with the position of its
 * last change, so that after a crash at any moment the index resumes after the last batch it
 * holds; and it rebuilds the index from the catalog. Applying a change twice does no harm, so a
 * batch cut short is simply applied again.
 *
 * <p>{@link #start} follows the outbox on a background thread, so that a saved document is
 * findable within a second; {@link #catchUp} and {@link #rebuild} do the work in the caller's
 * thread. All three take turns: only one of them writes to the index at a time.
 */
public final class Indexer implements AutoCloseable {
  /** How many outbox changes a batch applies, and how many documents one call to the index holds at most. */
  public static final int BATCH = 500;

  private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);

  private final Catalog catalog;
  private final SearchIndex index;
  private final ReentrantLock writing = new ReentrantLock();
  private Follower follower;
  private boolean closed;

  /**
   * A catch-up of at least this many changes (a large import) leaves the index consolidated, as
   * a rebuild does: written in batches, it is in many parts, and every search pays for each.
   */
  static final int CONSOLIDATE_AFTER = 10_000;

  /** What a progress line says while the index is consolidated, when no count moves for minutes. */
  public static final String CONSOLIDATING = "merging the index into one part, for faster searches";

  public Indexer(Catalog catalog, SearchIndex index) {
    this.catalog = catalog;
    this.index = index;
  }

  /** How many changes, at most, the index has yet to apply; 0 when it is up to date. */
  public long behind() {
    long applied = index.position();
    return Math.max(0, catalog.position() - applied);
  }

  /** Applies every change the index has yet to apply, and returns how many it applied. */
  public long catchUp() {
    return catchUp(Progress.NONE);
  }

  /**
   * Applies every change the index has yet to apply, telling {@code progress} the changes applied
   * and how many there were to apply; returns how many it applied. An index ahead of the catalog
   * (the catalog restored from a backup, or the index made from another catalog) is rebuilt.
   */
  public long catchUp(Progress progress) {
    writing.lock();
    try {
      long total = behind();
      long done = 0;
      for (Applied a = nextBatch(() -> false); a.changes() > 0; a = nextBatch(() -> false)) {
        done += a.changes();
        progress.done(done, Math.max(done, total));
      }
      if (done >= CONSOLIDATE_AFTER) {
        progress.stage(CONSOLIDATING);
        index.consolidate();
      }
      return done;
    } finally {
      writing.unlock();
    }
  }

  /**
   * Rebuilds the index from the catalog: empties it, indexes every document, then applies what
   * changed meanwhile. The catalog's position is noted before the first document is read and
   * recorded only after the last one is indexed, so documents saved during the rebuild are
   * applied again afterwards, and a rebuild killed half-way leaves position 0: the next catch-up
   * replays the whole outbox.
   *
   * @param progress told the documents indexed and how many the catalog holds
   * @return how many documents the index received from the catalog
   */
  public long rebuild(Progress progress) {
    writing.lock();
    try {
      long position = catalog.position();
      long total = catalog.holdings(Viewer.editorOn(LocalDate.now(ZoneOffset.UTC))).documents();
      index.clear();
      Entries entries = new Entries(catalog);
      List<IndexEntry> pending = new ArrayList<>(BATCH);
      long[] done = {0};
      catalog.forEachCurrent(current -> {
        pending.add(entries.of(current));
        if (pending.size() == BATCH) {
          Refusals.apply(index, List.copyOf(pending), 0, 0);
          done[0] += pending.size();
          pending.clear();
          progress.done(done[0], Math.max(done[0], total));
        }
      });
      Refusals.apply(index, List.copyOf(pending), position, 0);
      done[0] += pending.size();
      progress.done(done[0], Math.max(done[0], total));
      progress.stage(CONSOLIDATING);
      index.consolidate();
      while (nextBatch(() -> false).changes() > 0) {
        // the changes saved while the documents were read
      }
      return done[0];
    } finally {
      writing.unlock();
    }
  }

  /**
   * Starts following the outbox on a daemon thread: every change is applied within a fraction
   * of a second; a failure is logged and retried, less and less often, until it passes.
   *
   * @throws IllegalStateException when already started, or closed
   */
  public synchronized void start() {
    if (closed || follower != null) {
      throw new IllegalStateException(
          closed ? "the indexer is closed" : "the indexer is already following the catalog");
    }
    follower = new Follower(this);
    follower.start();
  }

  /** Stops following the outbox, after the batch being applied; the index stays open. */
  @Override
  public synchronized void close() {
    closed = true;
    if (follower != null) {
      follower.stop();
    }
  }

  /** Applies the next batch, if any, unless {@code stopping} says to stop before it is whole. */
  Applied step(BooleanSupplier stopping) {
    writing.lock();
    try {
      return nextBatch(stopping);
    } finally {
      writing.unlock();
    }
  }

  private Applied nextBatch(BooleanSupplier stopping) {
    long from = index.position();
    List<CatalogChange> changes = catalog.changes(from, BATCH);
    if (changes.isEmpty()) {
      long newest = catalog.position();
      if (newest < from) {
        LOG.warn("the search index has applied changes up to position {} but the catalog's newest is {}: the catalog"
            + " was restored from a backup, or the index was made from another catalog; rebuilding the index",
            from, newest);
        return new Applied(0, rebuild(Progress.NONE));
      }
      // caught up: what the last full batches wrote is made durable and visible now
      index.settle();
      return Applied.NOTHING;
    }
    long to = changes.get(changes.size() - 1).position();
    List<DocumentId> ids = List.copyOf(affected(changes));
    Entries entries = new Entries(catalog);
    // a change naming many documents is applied in parts; all but the last keep the position
    // the index had, so a batch cut short is applied again whole
    for (int start = 0; start < ids.size(); start += BATCH) {
      if (stopping.getAsBoolean()) {
        return Applied.NOTHING;
      }
      boolean last = start + BATCH >= ids.size();
      List<IndexEntry> part = entries.of(ids.subList(start, Math.min(ids.size(), start + BATCH)));
      Refusals.apply(index, part, last ? to : from, from);
    }
    if (ids.isEmpty()) {
      index.apply(List.of(), to);
    }
    return new Applied(changes.size(), ids.size());
  }

  // the documents to index again for a batch of changes, each once
  private Set<DocumentId> affected(List<CatalogChange> changes) {
    Set<DocumentId> ids = new LinkedHashSet<>();
    for (CatalogChange c : changes) {
      switch (c.kind()) {
        case CatalogChange.DOCUMENT -> ids.add(new DocumentId(c.id()));
        // a record's first revision needs no document indexed again: a save creates the records
        // a document names before the document's own change, which follows in the outbox
        case CatalogChange.AGENT, CatalogChange.PLACE -> {
          if (c.revision() > 1) {
            ids.addAll(catalog.documentsNaming(c.id()));
          }
        }
        default -> {
          // no other kind of record reaches the index by itself
        }
      }
    }
    return ids;
  }

  /**
   * What one step did.
   *
   * @param changes outbox changes applied
   * @param documents documents indexed or removed
   */
  record Applied(int changes, long documents) {
    static final Applied NOTHING = new Applied(0, 0);
  }

  /** Told how far a long piece of work has come: documents indexed, or changes applied. */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = (done, total) -> {};

    /**
     * @param done how many are done
     * @param total how many there are in all, as far as known when the work began (never less
     *     than {@code done})
     */
    void done(long done, long total);

    /** Says what the work has moved on to when its count no longer moves ("merging ..."). */
    default void stage(String doing) {}
  }
}

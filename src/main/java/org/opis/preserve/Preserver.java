package org.opis.preserve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.OptionalLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;
import org.opis.catalog.Catalog;
import org.opis.catalog.CatalogChange;
import org.opis.catalog.SavedVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the preservation store up to the catalog: every revision the catalog's outbox announces
 * is kept as a new version of its record, in outbox order, and the {@link Ledger} records the
 * position of the last one after each batch. The catalog is the transaction: a save never waits
 * for the store, and a preserver killed at any moment only starts the last batch again, whose
 * versions already kept are recognised and not kept twice.
 *
 * <p>One opis process at a time writes record versions (a {@link Turn}); {@link #start} follows
 * the outbox in the background in a server, {@link #catchUp} does the work in the caller's thread
 * (at the end of an import, before a fixity check).
 */
public final class Preserver implements AutoCloseable {
  static final int BATCH = 500;
  /** Records whose versions are written at once. */
  static final int WRITERS = 8;
  private static final Logger LOG = LoggerFactory.getLogger(Preserver.class);
  private static final long IDLE_MS = 500;
  private static final long LONGEST_PAUSE_MS = 60_000;

  private final Catalog catalog;
  private final RecordVersions versions;
  private final Ledger ledger;
  private final Turn turn;
  private final ReentrantLock writing = new ReentrantLock();
  private final ExecutorService workers;
  private Thread follower;
  private volatile boolean closed;

  /** @param lock the file whose lock is the turn to write record versions, in the data folder */
  public Preserver(Catalog catalog, RecordVersions versions, Ledger ledger, Path lock) {
    this.catalog = catalog;
    this.versions = versions;
    this.ledger = ledger;
    this.turn = new Turn(lock);
    this.workers = Executors.newFixedThreadPool(WRITERS, work -> {
      Thread t = new Thread(work, "opis-preserver-writer");
      t.setDaemon(true);
      t.setPriority(Thread.MIN_PRIORITY);
      return t;
    });
  }

  /** How many outbox changes, at most, have yet to be preserved; 0 when the store is up to date. */
  public long behind() {
    return Math.max(0, catalog.position() - ledger.preserved());
  }

  /** The position of the last change preserved. */
  public long preserved() {
    return ledger.preserved();
  }

  /**
   * Keeps every revision not yet kept.
   *
   * @param progress told how many changes are done, now and then
   * @return how many new versions were written; empty when another opis process has the turn
   *     (it does the work)
   * @throws org.opis.problem.StorageException when the store or the catalog fails; what was
   *     preserved before stays recorded
   */
  public OptionalLong catchUp(LongConsumer progress) {
    writing.lock();
    try (AutoCloseable held = turn.take().orElse(null)) {
      if (held == null) {
        return OptionalLong.empty();
      }
      long written = 0;
      long done = 0;
      for (List<CatalogChange> batch = catalog.changes(ledger.preserved(), BATCH); !batch.isEmpty() && !closed;
          batch = catalog.changes(ledger.preserved(), BATCH)) {
        written += keepAll(catalog.saved(batch));
        ledger.preservedUpTo(batch.get(batch.size() - 1).position());
        done += batch.size();
        progress.accept(done);
      }
      return OptionalLong.of(written);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("releasing a file lock failed", e);
    } finally {
      writing.unlock();
    }
  }

  // each record's versions in their order, different records side by side: keeping a version is
  // a dozen small file-system operations (folders, inventory, sidecar), which wait on the disk
  // more than they use a processor
  private long keepAll(List<SavedVersion> saved) {
    Map<String, List<SavedVersion>> byRecord = new LinkedHashMap<>();
    for (SavedVersion v : saved) {
      byRecord.computeIfAbsent(v.change().kind() + "/" + v.change().id(), k -> new ArrayList<>()).add(v);
    }
    List<Future<Long>> kept = new ArrayList<>();
    for (List<SavedVersion> record : byRecord.values()) {
      kept.add(workers.submit(() -> {
        long n = 0;
        for (SavedVersion version : record) {
          if (versions.keep(version, Canonical.of(version.change().kind(), version.json()))) {
            n++;
          }
        }
        return n;
      }));
    }
    long written = 0;
    RuntimeException failed = null;
    for (Future<Long> f : kept) {
      try {
        written += f.get();
      } catch (ExecutionException e) {
        if (failed == null) {
          failed = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while keeping record versions", e);
      }
    }
    // the batch is not recorded as preserved: it is kept again, and what was kept is recognised
    if (failed != null) {
      throw failed;
    }
    return written;
  }

  /**
   * Follows the outbox on a daemon thread: what is saved is preserved within a second or so; a
   * failure is logged and tried again, less and less often, until it passes.
   *
   * @throws IllegalStateException when already started, or closed
   */
  public synchronized void start() {
    if (closed || follower != null) {
      throw new IllegalStateException(closed ? "the preserver is closed" : "the preserver is already following");
    }
    follower = new Thread(this::follow, "opis-preserver");
    follower.setDaemon(true);
    follower.setPriority(Thread.MIN_PRIORITY);
    follower.start();
  }

  private void follow() {
    long pause = IDLE_MS;
    while (!closed) {
      try {
        if (behind() > 0) {
          OptionalLong written = catchUp(done -> { });
          if (written.isPresent() && written.getAsLong() > 0) {
            LOG.debug("kept {} record versions in the OCFL store", written.getAsLong());
          }
        }
        pause = IDLE_MS;
      } catch (RuntimeException e) {
        LOG.warn("could not keep record versions in the OCFL store; trying again in {} s", pause / 1000.0, e);
        pause = Math.min(LONGEST_PAUSE_MS, pause * 2);
      }
      synchronized (this) {
        try {
          if (!closed) {
            wait(pause);
          }
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }

  /** Stops following, after the batch being kept. */
  @Override
  public void close() {
    Thread running;
    synchronized (this) {
      closed = true;
      running = follower;
      // woken, not interrupted: an interrupt would close the file channels of a version being written
      notifyAll();
    }
    if (running != null) {
      try {
        running.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    workers.shutdown();
  }
}

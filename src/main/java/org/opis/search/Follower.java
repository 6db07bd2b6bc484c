package org.opis.search;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thread that follows the catalog's outbox for an {@link Indexer}: a batch after another
 * while there are changes, then a look every {@link #POLL_MS} ms. A failure (the database gone, a
 * full disk) is logged and tried again after a wait that doubles up to {@link #MAX_WAIT_MS}, so
 * the thread outlives whatever the storage does and resumes by itself.
 */
final class Follower {
  /** How often an idle follower looks at the outbox: often enough for a save to be found within a second. */
  static final long POLL_MS = 100;
  static final long MAX_WAIT_MS = 30_000;
  private static final long STOP_WAIT_MS = 60_000;
  /** A catch-up this long or longer is logged when it ends, with its rate. */
  private static final long LOGGED_RUN_NS = 1_000_000_000L;
  private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);

  private final Indexer indexer;
  private final CountDownLatch stopping = new CountDownLatch(1);
  private final Thread thread;
  private int failures;
  private boolean catchingUp;
  private long runStart;
  private long runDocuments;

  Follower(Indexer indexer) {
    this.indexer = indexer;
    this.thread = new Thread(this::follow, "opis-indexer");
    thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  /** Asks the thread to stop and waits for the batch it is applying. */
  void stop() {
    stopping.countDown();
    if (Thread.currentThread() == thread) {
      return;
    }
    try {
      thread.join(STOP_WAIT_MS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (thread.isAlive()) {
      LOG.warn("the search indexer did not stop within {} s; the index may be closed under it", STOP_WAIT_MS / 1000);
    }
  }

  // never interrupted: an interrupt in the middle of a write can close the index's files
  private void follow() {
    tellHowFarBehind();
    long wait;
    do {
      wait = stepOnce();
    } while (!stopped(wait));
  }

  private void tellHowFarBehind() {
    try {
      long behind = indexer.behind();
      if (behind > 0) {
        LOG.info("the search index is {} changes behind the catalog; catching up in the background", behind);
      }
    } catch (RuntimeException e) {
      // the first step meets the same failure and reports it
    }
  }

  /** One step; returns how long to wait before the next. */
  private long stepOnce() {
    try {
      Indexer.Applied applied = indexer.step(() -> stopping.getCount() == 0);
      if (failures > 0) {
        LOG.info("the search index is being updated again, after {} failed attempts", failures);
        failures = 0;
      }
      if (applied.changes() > 0) {
        if (!catchingUp) {
          catchingUp = true;
          runStart = System.nanoTime();
        }
        runDocuments += applied.documents();
        return 0;
      }
      endRun();
      return POLL_MS;
    } catch (RuntimeException e) {
      failures++;
      long wait = Math.min(MAX_WAIT_MS, POLL_MS << Math.min(failures, 20));
      if (failures == 1) {
        LOG.warn("could not update the search index; trying again in {} ms", wait, e);
      } else {
        LOG.warn("could not update the search index ({} failures in a row: {}); trying again in {} ms",
            failures, e.getMessage(), wait);
      }
      return wait;
    }
  }

  private void endRun() {
    if (catchingUp) {
      long took = System.nanoTime() - runStart;
      if (took >= LOGGED_RUN_NS) {
        LOG.info(String.format("the search index caught up: %,d documents in %.1f s (%,.0f a second)",
            runDocuments, took / 1e9, runDocuments / (took / 1e9)));
      }
      catchingUp = false;
      runDocuments = 0;
    }
  }

  private boolean stopped(long waitMs) {
    try {
      return stopping.await(waitMs, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      return true;
    }
  }
}

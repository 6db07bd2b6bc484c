package org.opis.preserve;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.opis.problem.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server's fixity check on a schedule: the next run is due one interval after the last
 * recorded one finished (whoever ran it, so a restart neither repeats nor postpones it), or, in
 * an archive never checked, shortly after the server starts. It runs on one daemon thread of the
 * lowest priority, so it never runs twice at once and gives way to readers.
 */
public final class FixitySchedule implements AutoCloseable {
  /** How soon a server checks an archive that was never checked, at most. */
  static final Duration FIRST = Duration.ofMinutes(10);
  private static final Logger LOG = LoggerFactory.getLogger(FixitySchedule.class);
  private static final long LOOK_MS = 60_000;

  private final Fixity fixity;
  private final FixityLog log;
  private final Duration every;
  private final Clock clock;
  private final Instant began;
  private Thread thread;
  private boolean closed;

  public FixitySchedule(Fixity fixity, FixityLog log, Duration every, Clock clock) {
    if (every.isNegative() || every.isZero()) {
      throw new IllegalArgumentException("a fixity schedule needs a positive interval: " + every);
    }
    this.fixity = fixity;
    this.log = log;
    this.every = every;
    this.clock = clock;
    this.began = clock.instant();
  }

  /** When the next run is due. */
  public Instant due() {
    return log.last().map(run -> run.finished().plus(every))
        .orElseGet(() -> began.plus(every.compareTo(FIRST) < 0 ? every : FIRST));
  }

  /** Starts the schedule's thread. */
  public synchronized void start() {
    if (thread != null || closed) {
      throw new IllegalStateException("the fixity schedule is already started, or stopped");
    }
    thread = new Thread(this::keep, "opis-fixity");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
    LOG.info("fixity checks every {}; the next is due at {}", every, due());
  }

  private void keep() {
    while (true) {
      long wait;
      try {
        Instant due = due();
        wait = Duration.between(clock.instant(), due).toMillis();
        if (wait <= 0) {
          fixity.logged("schedule");
          continue;
        }
      } catch (ConflictException e) {
        wait = LOOK_MS;
      } catch (RuntimeException e) {
        LOG.warn("the scheduled fixity check failed; trying again in a minute", e);
        wait = LOOK_MS;
      }
      synchronized (this) {
        if (closed) {
          return;
        }
        try {
          wait(Math.max(1, Math.min(wait, LOOK_MS)));
        } catch (InterruptedException e) {
          return;
        }
        if (closed) {
          return;
        }
      }
    }
  }

  @Override
  public synchronized void close() {
    closed = true;
    notifyAll();
  }
}

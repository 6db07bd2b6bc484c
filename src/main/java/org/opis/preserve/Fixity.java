package org.opis.preserve;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.opis.canonical.CanonicalJson;
import org.opis.catalog.Catalog;
import org.opis.catalog.CatalogChange;
import org.opis.files.FileStore;
import org.opis.problem.ConflictException;
import org.opis.record.DocumentId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fixity check of the whole archive: every original read again and compared with the SHA-512
 * recorded when it was kept, and with the catalog's description of it (missing, unexpected), and
 * every file only earlier versions hold (a scan since replaced) against its digest; every record's
 * newest kept version read again, its digest checked, and compared byte for byte with the
 * record's canonical JSON in the catalog, and its earlier versions against their digests. Each
 * run is recorded in the {@link FixityLog}, whoever asked for it; one runs at a time in a process.
 */
public final class Fixity {
  private static final Logger LOG = LoggerFactory.getLogger(Fixity.class);

  private final Catalog catalog;
  private final FileStore originals;
  private final RecordVersions records;
  private final Preserver preserver;
  private final FixityLog log;
  private final Clock clock;
  private final ReentrantLock running = new ReentrantLock();

  public Fixity(Catalog catalog, FileStore originals, RecordVersions records, Preserver preserver, FixityLog log,
      Clock clock) {
    this.catalog = catalog;
    this.originals = originals;
    this.records = records;
    this.preserver = preserver;
    this.log = log;
    this.clock = clock;
  }

  /** Whether a check is running in this process now. */
  public boolean isRunning() {
    return running.isLocked();
  }

  /**
   * Starts a check on a daemon thread of the lowest priority, unless one is running.
   *
   * @return whether it started
   */
  public boolean start(String actor) {
    if (isRunning()) {
      return false;
    }
    Thread thread = new Thread(() -> {
      try {
        logged(actor);
      } catch (ConflictException e) {
        // another began first; its findings are the ones shown
      } catch (RuntimeException e) {
        LOG.warn("the fixity check asked for by {} failed", actor, e);
      }
    }, "opis-fixity-now");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
    return true;
  }

  /** Runs a check as {@link #run} does, and logs it: for the server, whose keepers read its log. */
  FixityRun logged(String actor) {
    LOG.info("fixity check started by {}", actor);
    FixityRun run = run(actor);
    LOG.info("fixity check by {} finished: {}", actor, run.summary());
    run.problems().forEach(p -> LOG.warn("fixity: {}", p));
    return run;
  }

  /**
   * Checks everything, records the run and returns it. The record versions are first brought up
   * to the catalog, when no other process is doing it, so that only real damage is reported.
   *
   * @param actor who or what asks: "opis fixity", "schedule", an administrator's account
   * @throws ConflictException when a check is already running in this process
   * @throws org.opis.problem.StorageException when the store or the catalog cannot be read at all
   */
  public FixityRun run(String actor) {
    if (!running.tryLock()) {
      throw new ConflictException("a fixity check is already running; its findings will be shown when it ends");
    }
    try {
      Instant started = clock.instant();
      try {
        preserver.catchUp(done -> { });
      } catch (RuntimeException e) {
        LOG.warn("could not bring the record versions up to date before the fixity check", e);
      }
      List<FixityProblem> problems = new ArrayList<>();
      OriginalsCheck originalsCheck = new OriginalsCheck(originals, problems);
      originalsCheck.everyObject();
      RecordCheck recordCheck = new RecordCheck(catalog, records, preserver, problems);
      recordCheck.everyAuthority();
      // one pass over the documents for both halves: at a million, each pass reads gigabytes of JSON
      catalog.forEachCurrent(current -> {
        originalsCheck.describedBy(current.document());
        recordCheck.document(current.document());
      });
      originalsCheck.neverDescribed();
      FixityRun run = new FixityRun(started, clock.instant(), actor, originalsCheck.files(), recordCheck.read(),
          recordCheck.pending(), problems);
      log.record(run);
      return run;
    } finally {
      running.unlock();
    }
  }

  /** The canonical JSON of a record as the catalog holds it now; empty when it no longer exists. */
  static Optional<String> canonicalNow(Catalog catalog, String kind, String id) {
    return switch (kind) {
      case CatalogChange.DOCUMENT -> catalog.current(List.of(new DocumentId(id))).stream().findFirst()
          .map(c -> CanonicalJson.write(c.document()));
      case CatalogChange.AGENT -> catalog.agent(id).map(CanonicalJson::write);
      case CatalogChange.PLACE -> catalog.place(id).map(CanonicalJson::write);
      default -> Optional.empty();
    };
  }
}

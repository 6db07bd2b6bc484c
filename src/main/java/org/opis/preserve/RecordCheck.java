package org.opis.preserve;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opis.canonical.CanonicalJson;
import org.opis.catalog.Catalog;
import org.opis.catalog.CatalogChange;
import org.opis.files.Sha512;
import org.opis.problem.DamagedFileException;
import org.opis.problem.StorageException;
import org.opis.record.Document;

/**
 * The record half of a fixity check: the newest kept version of every document, person,
 * organisation and place read back, its digest checked and its bytes compared with the record's
 * canonical JSON in the catalog; every earlier version read back too, its digest checked. A record saved since the preserver last caught up is pending,
 * not damaged; a record saved while it is being checked is read again before it is called wrong.
 */
final class RecordCheck {
  /** Changes not yet preserved that are told apart one by one; past it, every difference is pending. */
  private static final int KNOWN_PENDING = 100_000;
  private static final int REFRESHES = 20;

  private final Catalog catalog;
  private final RecordVersions records;
  private final Preserver preserver;
  private final List<FixityProblem> problems;
  private Set<String> pendingKeys = Set.of();
  private boolean allPending;
  private int refreshes;
  private long read;
  private long pending;

  RecordCheck(Catalog catalog, RecordVersions records, Preserver preserver, List<FixityProblem> problems) {
    this.catalog = catalog;
    this.records = records;
    this.preserver = preserver;
    this.problems = problems;
  }

  long read() {
    return read;
  }

  long pending() {
    return pending;
  }

  /** Checks every person, organisation and place; first, so that what is pending is known. */
  void everyAuthority() {
    refreshPending();
    catalog.forEachAgent(a -> check(CatalogChange.AGENT, a.id(), CanonicalJson.write(a)));
    catalog.forEachPlace(p -> check(CatalogChange.PLACE, p.id(), CanonicalJson.write(p)));
  }

  /** Checks one document, as the catalog holds it now. */
  void document(Document d) {
    check(CatalogChange.DOCUMENT, d.requireId().value(), CanonicalJson.write(d));
  }

  private void check(String kind, String id, String canonical) {
    if (checkNewest(kind, id, canonical)) {
      checkEarlier(kind, id);
    }
  }

  // every version before the newest, read again against the digest recorded when it was kept
  private void checkEarlier(String kind, String id) {
    List<RecordVersions.Checked> earlier;
    try {
      earlier = records.checkEarlier(kind, id);
    } catch (StorageException e) {
      problems.add(new FixityProblem(kind, id, FixityProblem.RECORD, FixityProblem.Condition.MISSING, e.getMessage()));
      return;
    }
    for (RecordVersions.Checked version : earlier) {
      read++;
      version.problem().ifPresent(p -> problems.add(new FixityProblem(kind, id, FixityProblem.RECORD,
          version.readable() ? FixityProblem.Condition.CHANGED : FixityProblem.Condition.MISSING,
          "version " + version.version() + ": " + p)));
    }
  }

  // whether a newest version is kept (whatever its state), so that the earlier ones are worth reading
  private boolean checkNewest(String kind, String id, String canonical) {
    Optional<KeptRecord> kept;
    try {
      kept = records.newest(kind, id);
    } catch (DamagedFileException | StorageException e) {
      problems.add(new FixityProblem(kind, id, FixityProblem.RECORD, FixityProblem.Condition.MISSING, e.getMessage()));
      return false;
    }
    if (kept.isEmpty()) {
      if (isPending(kind, id)) {
        pending++;
      } else {
        problems.add(new FixityProblem(kind, id, FixityProblem.RECORD, FixityProblem.Condition.MISSING,
            "no version of the record is kept in the OCFL store"));
      }
      return false;
    }
    read++;
    String found = Sha512.of(kept.get().json());
    if (!found.equals(kept.get().recorded())) {
      problems.add(new FixityProblem(kind, id, FixityProblem.RECORD, FixityProblem.Condition.CHANGED,
          "version " + kept.get().version() + " (revision " + kept.get().revision() + ") has changed since it was kept:"
              + " SHA-512 " + found.substring(0, 16) + "... instead of " + kept.get().recorded().substring(0, 16) + "..."));
      return true;
    }
    if (kept.get().holds(canonical)) {
      return true;
    }
    // saved, or saved and preserved, while this check ran: read both again
    Optional<String> now = Fixity.canonicalNow(catalog, kind, id);
    Optional<KeptRecord> again = records.newest(kind, id);
    if (now.isPresent() && again.isPresent() && again.get().holds(now.get())) {
      return true;
    }
    if (isPending(kind, id)) {
      pending++;
      return true;
    }
    problems.add(new FixityProblem(kind, id, FixityProblem.RECORD, FixityProblem.Condition.CHANGED,
        "the newest version kept (version " + kept.get().version() + ", revision " + kept.get().revision()
            + ") is not the record as the catalog holds it"));
    return true;
  }

  private boolean isPending(String kind, String id) {
    if (allPending || pendingKeys.contains(kind + "/" + id)) {
      return true;
    }
    if (refreshes < REFRESHES) {
      refreshes++;
      refreshPending();
    }
    return allPending || pendingKeys.contains(kind + "/" + id);
  }

  private void refreshPending() {
    List<CatalogChange> changes = catalog.changes(preserver.preserved(), KNOWN_PENDING);
    allPending = changes.size() >= KNOWN_PENDING;
    Set<String> keys = new HashSet<>();
    changes.forEach(c -> keys.add(c.kind() + "/" + c.id()));
    pendingKeys = keys;
  }

}

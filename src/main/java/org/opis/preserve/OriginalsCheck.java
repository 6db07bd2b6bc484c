package org.opis.preserve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opis.catalog.CatalogChange;
import org.opis.files.FileCheck;
import org.opis.files.FileStore;
import org.opis.problem.StorageException;
import org.opis.record.Attachment;
import org.opis.record.Document;
import org.opis.record.DocumentId;

/**
 * The originals half of a fixity check: every file of every version in the store read again
 * against its recorded SHA-512, then the newest version of each document's files compared with
 * what the catalog describes, as the caller walks the documents (once, for both halves), then
 * what the store holds for documents the catalog never held.
 */
final class OriginalsCheck {
  private final FileStore originals;
  private final List<FixityProblem> problems;
  // the names of the files each document's newest version holds, as just read
  private final Map<DocumentId, List<String>> stored = new LinkedHashMap<>();
  private final Set<DocumentId> unreadable = new HashSet<>();
  private final Set<DocumentId> described = new HashSet<>();
  private long files;

  OriginalsCheck(FileStore originals, List<FixityProblem> problems) {
    this.originals = originals;
    this.problems = problems;
  }

  /** How many files were read. */
  long files() {
    return files;
  }

  /** Reads every file of every document's object again. */
  void everyObject() {
    for (DocumentId id : originals.documents()) {
      List<FileCheck> checks;
      try {
        checks = new ArrayList<>(originals.check(id));
      } catch (StorageException e) {
        problems.add(new FixityProblem(CatalogChange.DOCUMENT, id.value(), "inventory.json",
            FixityProblem.Condition.CHANGED, "the object of its originals cannot be read: " + e.getMessage()));
        unreadable.add(id);
        continue;
      }
      stored.put(id, checks.stream().map(FileCheck::name).toList());
      try {
        checks.addAll(originals.checkEarlier(id));
      } catch (StorageException e) {
        problems.add(new FixityProblem(CatalogChange.DOCUMENT, id.value(), "inventory.json",
            FixityProblem.Condition.CHANGED, "the earlier versions of its originals cannot be read: " + e.getMessage()));
      }
      for (FileCheck check : checks) {
        files++;
        check.problem().ifPresent(p -> problems.add(new FixityProblem(CatalogChange.DOCUMENT, id.value(), check.name(),
            check.found().isEmpty() ? FixityProblem.Condition.MISSING : FixityProblem.Condition.CHANGED, p)));
      }
    }
  }

  /** Compares what the store holds for one document with the files its record describes. */
  void describedBy(Document document) {
    DocumentId id = document.requireId();
    described.add(id);
    if (unreadable.contains(id)) {
      return;
    }
    List<String> kept = stored.getOrDefault(id, List.of());
    List<String> names = document.attachments().stream().map(Attachment::name).toList();
    for (String name : names) {
      if (!kept.contains(name)) {
        problems.add(new FixityProblem(CatalogChange.DOCUMENT, id.value(), name, FixityProblem.Condition.MISSING,
            "the catalog describes it, the store does not hold it"));
      }
    }
    for (String name : kept) {
      if (!names.contains(name)) {
        problems.add(new FixityProblem(CatalogChange.DOCUMENT, id.value(), name, FixityProblem.Condition.UNEXPECTED,
            "kept, but no longer described by the document"));
      }
    }
  }

  /** The files of documents the catalog never committed (a first import that died, its note lost). */
  void neverDescribed() {
    stored.forEach((id, kept) -> {
      if (!described.contains(id)) {
        kept.forEach(name -> problems.add(new FixityProblem(CatalogChange.DOCUMENT, id.value(), name,
            FixityProblem.Condition.UNEXPECTED, "kept, but the catalog holds no such document")));
      }
    });
  }
}

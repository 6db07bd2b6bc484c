package org.opis.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.opis.canonical.Entry;
import org.opis.problem.Location;
import org.opis.problem.Problem;

/**
 * Each document named once in a file. Two records with one identifier in one file are almost
 * always a row copied and not changed: the second silently replaced the first, whose content
 * survived only in the revision history, so the file is refused naming both records.
 */
final class OnceEach {
  private final String file;
  private final Map<String, Integer> seen = new HashMap<>();
  private int records;

  OnceEach(String file) {
    this.file = file;
  }

  /** Where the record last checked is in the file, for a problem found in it later. */
  Location where() {
    return Location.file(file + ", record " + records);
  }

  /** A problem when this entry is a document whose identifier an earlier record of the file gave. */
  Optional<Problem> check(Entry entry) {
    records++;
    if (!(entry instanceof Entry.OfDocument d) || d.document().id().isEmpty()) {
      return Optional.empty();
    }
    String id = d.document().id().get().value();
    Integer first = seen.putIfAbsent(id, records);
    if (first == null) {
      return Optional.empty();
    }
    return Optional.of(Problem.at(where().atField("id"), "\"" + id
        + "\" is also the id of record " + first + " of this file; a file gives each document once"));
  }
}

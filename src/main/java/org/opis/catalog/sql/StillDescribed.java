package org.opis.catalog.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.opis.record.Attachment;
import org.opis.record.Document;

/**
 * The originals a document had stay described by every later version of its record. The file
 * store keeps every original once kept, so a save that left one out (a spreadsheet correcting
 * titles, with no column of scans; a script replacing a record it built afresh) did not remove
 * the scan: it made the record stop describing a file the store still holds, which every fixity
 * check then reported as a problem, and the reading room stopped showing the scan.
 */
final class StillDescribed {
  private StillDescribed() {}

  /** The document, with the attachments of {@code earlier} it does not name added after its own. */
  static Document originals(Document incoming, Optional<Document> earlier) {
    if (earlier.isEmpty() || earlier.get().attachments().isEmpty()) {
      return incoming;
    }
    Set<String> named = incoming.attachments().stream().map(Attachment::name).collect(Collectors.toSet());
    List<Attachment> kept = earlier.get().attachments().stream().filter(a -> !named.contains(a.name())).toList();
    if (kept.isEmpty()) {
      return incoming;
    }
    List<Attachment> all = new ArrayList<>(incoming.attachments());
    all.addAll(kept);
    return incoming.toBuilder().attachments(all).build();
  }
}

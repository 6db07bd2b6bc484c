package org.opis.catalog;

import java.util.Objects;
import org.opis.record.Document;

/**
 * A document as it now stands in the catalog, with the number of the revision that made it so:
 * what a derived store keeps, and what a check compares it by.
 *
 * @param revision the number of the document's current revision, from 1
 */
public record CurrentVersion(Document document, int revision) {
  public CurrentVersion {
    Objects.requireNonNull(document, "document");
    if (revision < 1) {
      throw new IllegalArgumentException("a revision is numbered from 1: " + revision);
    }
  }
}

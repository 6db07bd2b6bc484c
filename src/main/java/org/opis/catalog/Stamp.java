package org.opis.catalog;

import java.time.Instant;
import java.util.Objects;
import org.opis.record.DocumentId;

/**
 * A document's identifier and when its content last changed: all a sitemap says of it.
 *
 * @param modified when its current version was saved
 */
public record Stamp(DocumentId id, Instant modified) {
  public Stamp {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(modified, "modified");
  }
}

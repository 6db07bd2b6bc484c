package org.opis.catalog;

import java.time.Instant;
import java.util.Objects;

/**
 * Why and when a document was withdrawn from the archive: what its permalink says instead of
 * the document ("withdrawn on 1 June 2024 because ...").
 *
 * @param author who withdrew it
 */
public record Withdrawal(Instant at, String author, String reason) {
  public Withdrawal {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(reason, "reason");
  }
}

package org.opis.catalog;

import java.util.Objects;
import java.util.Optional;

/**
 * Who makes a change and why, recorded on every revision the change writes.
 *
 * @param author the account or process making it ("import", "editor:anna")
 * @param comment why, in the author's words, or the file imported
 */
public record Change(String author, Optional<String> comment) {
  public Change {
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(comment, "comment");
  }

  public static Change by(String author, String comment) {
    return new Change(author, Optional.ofNullable(comment));
  }
}

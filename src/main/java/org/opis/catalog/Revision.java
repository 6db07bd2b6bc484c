package org.opis.catalog;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One saved version of a record: the who, when and why of a change. The content of the version
 * is read with {@link Catalog#revision}.
 *
 * @param number from 1, increasing by one with each change
 * @param at when it was saved
 * @param author who saved it
 * @param comment why, when given
 */
public record Revision(int number, Instant at, String author, Optional<String> comment) {
  public Revision {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(comment, "comment");
  }
}

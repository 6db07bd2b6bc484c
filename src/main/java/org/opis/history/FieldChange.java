package org.opis.history;

import java.util.Objects;
import java.util.Optional;

/**
 * One field that differs between two revisions.
 *
 * @param field where it is in the record, as its canonical JSON names it ({@code title},
 *     {@code texts 2 body}, {@code creators 1 name})
 * @param before its value in the earlier revision; empty when it was not there
 * @param after its value in the later revision; empty when it is gone
 */
public record FieldChange(String field, Optional<String> before, Optional<String> after) {
  public FieldChange {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }
}

package org.opis.search.query;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the words of a part of a query are looked for: in a {@link Field}, or read as dates
 * after "date:".
 *
 * @param dates true when the words are dates ("date:1920") rather than words of a field
 */
record Scope(Field field, boolean dates) {
  static final Scope ANYWHERE = new Scope(Field.ANY, false);
  static final Scope DATES = new Scope(Field.ANY, true);

  Scope {
    Objects.requireNonNull(field, "field");
  }

  /** The scope a person meant by this word before a colon; empty when it names none. */
  static Optional<Scope> named(String word) {
    if (word.toLowerCase(Locale.ROOT).equals("date")) {
      return Optional.of(DATES);
    }
    return Field.named(word).map(f -> new Scope(f, false));
  }
}

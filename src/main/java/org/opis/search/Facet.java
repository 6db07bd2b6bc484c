package org.opis.search;

import java.util.Locale;
import java.util.Optional;

/**
 * The ways a list of results can be narrowed, each counted for the current query. Values are
 * what a reader sees: a type term, a language tag, a collection title, a repository, the
 * preferred name of a person or place.
 */
public enum Facet {
  TYPE("type"),
  LANGUAGE("language"),
  COLLECTION("collection"),
  ARCHIVE("archive"),
  PERSON("person"),
  PLACE("place"),
  SUBJECT("subject"),
  TRANSLATOR("translator"),
  FUNDER("funder");

  private final String parameter;

  Facet(String parameter) {
    this.parameter = parameter;
  }

  /** The name in URLs and JSON ("archive" for the repository). */
  public String parameter() {
    return parameter;
  }

  public static Optional<Facet> fromParameter(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    for (Facet f : values()) {
      if (f.parameter.equals(n)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}

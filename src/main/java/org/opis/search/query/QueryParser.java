package org.opis.search.query;

import java.util.List;
import java.util.Optional;

/** Reads the search box. (Being written: see the package description.) */
public final class QueryParser {
  private QueryParser() {}

  /** The query in {@code text}; never fails. */
  public static ParsedQuery parse(String text) {
    return new ParsedQuery(text.isBlank() ? Optional.empty()
        : Optional.of(new QueryNode.Term(Field.ANY, text.strip())), List.of());
  }
}

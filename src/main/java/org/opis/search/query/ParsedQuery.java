package org.opis.search.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A query as Opis understood it.
 *
 * @param root what to match; empty to match every document (a blank query, a lone "*")
 * @param notices what was read differently from how it was typed, and how, for the reader
 */
public record ParsedQuery(Optional<QueryNode> root, List<String> notices) {
  public ParsedQuery {
    Objects.requireNonNull(root, "root");
    notices = List.copyOf(notices);
  }
}

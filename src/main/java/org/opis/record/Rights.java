package org.opis.record;

import java.util.Objects;
import java.util.Optional;

/**
 * The terms on which a document may be reused.
 *
 * @param statement the rights statement as the publisher words it
 * @param uri a RightsStatements.org or Creative Commons URI saying the same in machine form
 */
public record Rights(String statement, Optional<String> uri) {
  public Rights {
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(uri, "uri");
  }
}

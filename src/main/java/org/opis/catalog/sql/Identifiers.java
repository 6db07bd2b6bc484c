package org.opis.catalog.sql;

import java.util.function.Supplier;
import org.opis.problem.InvalidInputException;
import org.opis.record.DocumentId;

/**
 * The checks that keep the catalog readable: what is stored must read back as canonical JSON,
 * which accepts only well-formed identifiers and named records.
 */
final class Identifiers {
  private Identifiers() {}

  /**
   * @param what what the identifier is of ("a person or organisation", "a place", "a collection")
   * @throws InvalidInputException when {@code id} cannot be an identifier
   */
  static String requireWellFormed(String id, String what) {
    if (!DocumentId.isWellFormed(id)) {
      throw new InvalidInputException("\"" + id + "\" cannot be the identifier of " + what
          + ": use 1 to 64 letters, digits, dots, hyphens or underscores, starting with a letter or digit");
    }
    return id;
  }

  /** @throws InvalidInputException when a record has no name or title to show */
  static String requireNamed(String name, Supplier<String> what) {
    if (name.isBlank()) {
      throw new InvalidInputException(what.get() + " has no name");
    }
    return name;
  }
}

package org.opis.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.opis.problem.InvalidInputException;

/** What an account may do; each role may do everything the one before it may. */
public enum Role {
  /** Reads what the public reads; signs in to keep API tokens. */
  READER,
  /** Sees restricted and embargoed documents, and edits the archive. */
  EDITOR,
  /** Everything an editor does, and keeps the accounts. */
  ADMINISTRATOR;

  /** Whether this role sees documents the public may not. */
  public boolean seesRestricted() {
    return this != READER;
  }

  /** The role's word, as typed on the command line and stored: reader, editor, administrator. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The role a word names.
   *
   * @throws InvalidInputException naming the word and the roles there are
   */
  public static Role of(String word) {
    for (Role role : values()) {
      if (role.word().equalsIgnoreCase(word.strip())) {
        return role;
      }
    }
    throw new InvalidInputException("there is no role \"" + word + "\"; the roles are "
        + Arrays.stream(values()).map(Role::word).collect(Collectors.joining(", ")));
  }
}

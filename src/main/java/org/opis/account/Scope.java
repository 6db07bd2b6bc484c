package org.opis.account;

import java.util.Locale;
import org.opis.problem.InvalidInputException;

/** What an API token may be used for. */
public enum Scope {
  /** Reading, as its account reads. */
  READ,
  /** Reading and changing, as its account may. */
  WRITE;

  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** @throws InvalidInputException unless the word is read or write */
  public static Scope of(String word) {
    for (Scope scope : values()) {
      if (scope.word().equalsIgnoreCase(word.strip())) {
        return scope;
      }
    }
    throw new InvalidInputException("there is no token scope \"" + word + "\"; use read or write");
  }
}

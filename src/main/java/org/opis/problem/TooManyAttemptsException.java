package org.opis.problem;

import java.util.List;

/** Too many failed sign-ins for one account or from one address in a short time; the next attempt is refused until the wait is over. */
public final class TooManyAttemptsException extends OpisException {
  public TooManyAttemptsException(String message) {
    super(message, List.of(), null);
  }
}

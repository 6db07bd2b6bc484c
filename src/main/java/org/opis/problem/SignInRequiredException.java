package org.opis.problem;

import java.util.List;

/** Whoever asks must sign in first, or the name and password given do not match an account that may sign in. */
public final class SignInRequiredException extends OpisException {
  public SignInRequiredException(String message) {
    super(message, List.of(), null);
  }
}

package org.opis.problem;

import java.util.List;

/** A change was made against an out-of-date version, or would break a rule of the archive. */
public final class ConflictException extends OpisException {
  public ConflictException(String message) {
    super(message, List.of(), null);
  }
}

package org.opis.problem;

import java.util.List;

/**
 * The record asked for existed and was withdrawn: unlike a record that never was, it is
 * answered with a tombstone saying when and why (HTTP 410).
 */
public final class WithdrawnException extends OpisException {
  public WithdrawnException(String message) {
    super(message, List.of(), null);
  }
}

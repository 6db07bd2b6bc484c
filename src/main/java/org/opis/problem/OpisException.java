package org.opis.problem;

import java.util.List;

/**
 * The root of every failure Opis reports to a person. Unchecked, so that infrastructure errors
 * are wrapped once at the boundary instead of being declared on every signature.
 */
public abstract class OpisException extends RuntimeException {
  private final List<Problem> problems;

  protected OpisException(String message, List<Problem> problems, Throwable cause) {
    super(message, cause);
    this.problems = List.copyOf(problems);
  }

  /** The individual problems behind this failure; empty when the message says it all. */
  public List<Problem> problems() {
    return problems;
  }
}

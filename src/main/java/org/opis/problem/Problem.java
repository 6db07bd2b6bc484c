package org.opis.problem;

/**
 * One thing wrong with an input, as data: where it is and what is wrong, in the words a reader
 * of the message understands ({@code cannot read "Febuary 30, 1946" as a date}).
 */
public record Problem(Location location, String message) {
  public static Problem at(Location location, String message) {
    return new Problem(location, message);
  }

  public static Problem of(String message) {
    return new Problem(Location.NOWHERE, message);
  }

  /** The location and the message, joined the way a person reads them. */
  @Override
  public String toString() {
    String where = location.toString();
    return where.isEmpty() ? message : where + ": " + message;
  }
}

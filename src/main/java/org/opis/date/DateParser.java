package org.opis.date;

import org.opis.problem.InvalidInputException;
import org.opis.problem.Location;

/** Reads dates as archives write them. (Being written: see the package description.) */
public final class DateParser {
  private DateParser() {}

  /**
   * Reads a date as written into a {@link DocumentDate}.
   *
   * @param asWritten the date as written, such as "November 16, 1920" or "circa 1920"
   * @param where where the date was found, for the error message
   * @throws InvalidInputException when the text is not a date or names a day that does not exist,
   *     with a message such as {@code cannot read "Febuary 30, 1946" as a date}
   */
  public static DocumentDate parse(String asWritten, Location where) {
    throw new UnsupportedOperationException("not written yet");
  }
}

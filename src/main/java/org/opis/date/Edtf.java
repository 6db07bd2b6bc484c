package org.opis.date;

import org.opis.problem.InvalidInputException;
import org.opis.problem.Location;

/** The Extended Date/Time Format, levels 0 and 1. (Being written.) */
public final class Edtf {
  private Edtf() {}

  /**
   * A date given in EDTF by an editor, with the text it was written as.
   *
   * @throws InvalidInputException when {@code edtf} is not valid EDTF level 0 or 1
   */
  public static DocumentDate read(String edtf, String asWritten, Location where) {
    throw new UnsupportedOperationException("not written yet");
  }
}

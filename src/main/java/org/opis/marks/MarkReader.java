package org.opis.marks;

import java.util.List;

/** Finds and classifies the editorial marks in a text. (Being written.) */
public final class MarkReader {
  private MarkReader() {}

  /** The marks in {@code body}, in order of position; never fails. */
  public static List<EditorialMark> read(String body) {
    return List.of();
  }
}

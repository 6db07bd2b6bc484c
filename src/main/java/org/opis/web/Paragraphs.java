package org.opis.web;

import java.util.Arrays;
import java.util.List;

/** Plain text split where a person left a blank line, for fields that hold several paragraphs. */
public final class Paragraphs {
  private Paragraphs() {}

  /** The paragraphs of {@code text}, trimmed, without empty ones. */
  public static List<String> of(String text) {
    return Arrays.stream(text.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
  }
}

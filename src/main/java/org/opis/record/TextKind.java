package org.opis.record;

import java.util.Locale;
import java.util.Optional;

/** Whether a text renders the original in another language or reproduces it in its own. */
public enum TextKind {
  TRANSLATION,
  TRANSCRIPTION;

  /** The word used in the canonical JSON. */
  public String term() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<TextKind> fromTerm(String term) {
    String t = term.trim().toLowerCase(Locale.ROOT);
    for (TextKind kind : values()) {
      if (kind.term().equals(t)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}

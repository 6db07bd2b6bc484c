package org.opis.record;

import java.util.Locale;
import java.util.Optional;

/** What an attached file is to its document. */
public enum AttachmentRole {
  /** An image or PDF of the original. */
  SCAN,
  /** A transcript of the original in its own language. */
  TRANSCRIPT,
  /** Anything else an editor attached. */
  OTHER;

  public String term() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<AttachmentRole> fromTerm(String term) {
    String t = term.trim().toLowerCase(Locale.ROOT);
    for (AttachmentRole role : values()) {
      if (role.term().equals(t)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}

package org.opis.preserve;

import java.util.Objects;

/** What the reading room shows and does of preservation: the fixity log, and a check on demand. */
public record Preservation(Fixity fixity, FixityLog log) {
  public Preservation {
    Objects.requireNonNull(fixity, "fixity");
    Objects.requireNonNull(log, "log");
  }
}

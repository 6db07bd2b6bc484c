package org.opis.catalog;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Who is looking, which decides which documents exist for them: the public sees documents that
 * are public on {@code today}; editors see everything.
 */
public record Viewer(boolean editor, LocalDate today) {
  public Viewer {
    Objects.requireNonNull(today, "today");
  }

  public static Viewer publicOn(LocalDate today) {
    return new Viewer(false, today);
  }

  public static Viewer editorOn(LocalDate today) {
    return new Viewer(true, today);
  }
}

package org.opis.catalog;

import java.util.Objects;

/**
 * An authority record in the index of an archive: its name, and how many documents the viewer
 * may see name it.
 */
public record Named(String id, String name, long documents) {
  public Named {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }

  /** The two kinds of authority record an index lists. */
  public enum Kind {
    /** People and organisations. */
    AGENTS,
    PLACES
  }
}

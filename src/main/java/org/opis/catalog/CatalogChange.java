package org.opis.catalog;

import java.util.Objects;

/**
 * One change announced to derived stores: record {@code id} of {@code kind} ("document",
 * "agent" or "place") reached {@code revision}. A store that remembers the last position it
 * applied can resume after a crash without missing or repeating work.
 *
 * @param position increasing with every change, never given twice; gaps are possible
 */
public record CatalogChange(long position, String kind, String id, int revision) {
  /** The kinds of record a change can be of. */
  public static final String DOCUMENT = "document";
  public static final String AGENT = "agent";
  public static final String PLACE = "place";

  public CatalogChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
  }
}

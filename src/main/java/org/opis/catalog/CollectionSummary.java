package org.opis.catalog;

import java.util.Objects;

/** A collection and how many documents it holds that the viewer may see. */
public record CollectionSummary(String id, String title, long documents) {
  public CollectionSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
  }
}

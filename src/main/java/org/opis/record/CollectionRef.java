package org.opis.record;

import java.util.Objects;
import java.util.Optional;

/**
 * A collection or theme a document belongs to ("Iran and the Soviet Union").
 *
 * @param title the collection's title
 * @param id the collection's identifier; empty until the catalog has resolved the title
 */
public record CollectionRef(String title, Optional<String> id) {
  public CollectionRef {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(id, "id");
  }

  public static CollectionRef titled(String title) {
    return new CollectionRef(title, Optional.empty());
  }
}

package org.opis.record;

import java.util.Objects;
import java.util.Optional;

/**
 * An editor's link from one document to another ("reply to", "enclosure of").
 *
 * @param target the related document
 * @param note why they are related, in the editor's words
 */
public record Relation(DocumentId target, Optional<String> note) {
  public Relation {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(note, "note");
  }
}

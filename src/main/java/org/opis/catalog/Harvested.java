package org.opis.catalog;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.opis.record.Document;
import org.opis.record.DocumentId;

/**
 * A document as a harvester sees it: public, with its current version, or withdrawn (public once,
 * restricted or embargoed since), with nothing but its identifier and when it was withdrawn.
 *
 * <p>The datestamp of a public document is when its current version was saved, or the first
 * moment (midnight UTC) of the day its embargo lifts when that is later, so a harvester asking
 * for changes since its last visit finds a document whose embargo lifted in between. The
 * datestamp of a withdrawn document is when it stopped being public.
 *
 * @param document the current version; empty when the document is withdrawn
 */
public record Harvested(DocumentId id, Instant datestamp, Optional<Document> document) {
  public Harvested {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(datestamp, "datestamp");
    Objects.requireNonNull(document, "document");
  }

  public boolean isWithdrawn() {
    return document.isEmpty();
  }

  /** Where the record stands in a harvest: ordered by datestamp, then identifier. */
  public Position position() {
    return new Position(datestamp, id);
  }

  /** A place in the harvest order, which a later page starts after. */
  public record Position(Instant datestamp, DocumentId id) {
    public Position {
      Objects.requireNonNull(datestamp, "datestamp");
      Objects.requireNonNull(id, "id");
    }
  }
}

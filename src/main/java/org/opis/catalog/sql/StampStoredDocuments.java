package org.opis.catalog.sql;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.opis.canonical.CanonicalJson;
import org.opis.record.Visibility;

/**
 * Migration 6.1: gives the documents saved before migration 6 their harvest datestamps, by
 * replaying their revisions through {@link HarvestStamps}, the code every save uses: each
 * revision's visibility and the moment it was saved. So a document restricted long ago after
 * being public is reported to harvesters as deleted from the day it was restricted, as if the
 * stamps had always been kept.
 */
final class StampStoredDocuments extends EveryStoredDocument {
  StampStoredDocuments() {
    super("6.1", "harvest datestamps of stored documents");
  }

  @Override
  void visit(Handle h, String id) {
    HarvestStamps stamps = replay(h, id);
    h.createUpdate("UPDATE document SET published_stamp = :published, withdrawn_stamp = :withdrawn WHERE id = :id")
        .bind("published", stamps.published())
        .bind("withdrawn", stamps.withdrawn().orElse(null))
        .bind("id", id)
        .execute();
  }

  // the stamps as the saves of every revision, in order, would have set them
  private static HarvestStamps replay(Handle h, String id) {
    List<Saved> revisions = new ArrayList<>(h.createQuery("SELECT saved_at, json FROM revision"
            + " WHERE record_kind = :kind AND record_id = :id ORDER BY number")
        .bind("kind", Revisions.DOCUMENT)
        .bind("id", id)
        .map((rs, ctx) -> new Saved(Instant.parse(rs.getString("saved_at")),
            CanonicalJson.readStored(rs.getString("json")).visibility()))
        .list());
    HarvestStamps stamps = null;
    Visibility before = null;
    for (Saved s : revisions) {
      Optional<HarvestStamps.Before> previous = stamps == null
          ? Optional.empty()
          : Optional.of(new HarvestStamps.Before(before, stamps.withdrawn()));
      stamps = HarvestStamps.of(s.visibility(), previous, s.at());
      before = s.visibility();
    }
    if (stamps == null) {
      throw new IllegalStateException("document " + id + " has no revision");
    }
    return stamps;
  }

  private record Saved(Instant at, Visibility visibility) {}
}

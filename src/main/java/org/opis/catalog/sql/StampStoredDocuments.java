package org.opis.catalog.sql;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Handles;
import org.jdbi.v3.core.Jdbi;
import org.opis.canonical.CanonicalJson;
import org.opis.record.Visibility;

/**
 * Migration 6.1: gives the documents saved before migration 6 their harvest datestamps, by
 * replaying their revisions through {@link HarvestStamps}, the code every save uses: each
 * revision's visibility and the moment it was saved. So a document restricted long ago after
 * being public is reported to harvesters as deleted from the day it was restricted, as if the
 * stamps had always been kept. Runs once, in Flyway's transaction.
 */
final class StampStoredDocuments implements JavaMigration {
  private static final int BATCH = 500;

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("6.1");
  }

  @Override
  public String getDescription() {
    return "harvest datestamps of stored documents";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) {
    Jdbi jdbi = Jdbi.create(context.getConnection());
    // Flyway owns the transaction: the handle must not end it
    jdbi.getConfig(Handles.class).setForceEndTransactions(false);
    try (Handle h = jdbi.open()) {
      String after = "";
      List<String[]> batch;
      do {
        batch = h.createQuery("SELECT id, order_key FROM document WHERE order_key > :after ORDER BY order_key LIMIT :limit")
            .bind("after", after)
            .bind("limit", BATCH)
            .map((rs, ctx) -> new String[] {rs.getString("id"), rs.getString("order_key")})
            .list();
        for (String[] document : batch) {
          HarvestStamps stamps = replay(h, document[0]);
          h.createUpdate("UPDATE document SET published_stamp = :published, withdrawn_stamp = :withdrawn WHERE id = :id")
              .bind("published", stamps.published())
              .bind("withdrawn", stamps.withdrawn().orElse(null))
              .bind("id", document[0])
              .execute();
        }
        after = batch.isEmpty() ? after : batch.get(batch.size() - 1)[1];
      } while (batch.size() == BATCH);
    }
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

package org.opis.catalog.sql;

import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Handles;
import org.jdbi.v3.core.Jdbi;
import org.opis.canonical.CanonicalJson;
import org.opis.catalog.NamedAuthorities;

/**
 * Migration 3.1: fills {@code document_authority} (created by migration 3) for the documents
 * saved before it existed. Their names are read from the stored JSON by {@link NamedAuthorities},
 * the code every save uses, so old and new links cannot differ; SQL's JSON functions, which
 * differ between SQLite and PostgreSQL, would have been a second reading of the same format.
 * Runs once, in Flyway's transaction: a catalog interrupted while migrating migrates again.
 */
final class LinkStoredDocuments implements JavaMigration {
  private static final int BATCH = 500;

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("3.1");
  }

  @Override
  public String getDescription() {
    return "authority links of stored documents";
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
      List<Stored> batch;
      do {
        batch = h.createQuery("SELECT id, order_key, json FROM document WHERE order_key > :after"
                + " ORDER BY order_key LIMIT :limit")
            .bind("after", after)
            .bind("limit", BATCH)
            .map((rs, ctx) -> new Stored(rs.getString("id"), rs.getString("order_key"), rs.getString("json")))
            .list();
        for (Stored s : batch) {
          AuthorityLinks.replace(h, s.id(), NamedAuthorities.in(CanonicalJson.readStored(s.json())), true);
        }
        after = batch.isEmpty() ? after : batch.get(batch.size() - 1).orderKey();
      } while (batch.size() == BATCH);
    }
  }

  private record Stored(String id, String orderKey, String json) {}
}

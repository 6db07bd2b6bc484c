package org.opis.catalog.sql;

import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Handles;
import org.jdbi.v3.core.Jdbi;

/**
 * A Java migration that visits every stored document once, a batch at a time in the order of
 * their keys, so that what it derives is worked out by the code every save uses, not by a
 * second reading of the stored JSON in SQL. Runs in Flyway's transaction: a catalog interrupted
 * while migrating migrates again.
 */
abstract class EveryStoredDocument implements JavaMigration {
  private static final int BATCH = 500;
  private final String version;
  private final String description;

  EveryStoredDocument(String version, String description) {
    this.version = version;
    this.description = description;
  }

  /** What the migration does to one document, by its identifier. */
  abstract void visit(Handle h, String id);

  @Override
  public final MigrationVersion getVersion() {
    return MigrationVersion.fromVersion(version);
  }

  @Override
  public final String getDescription() {
    return description;
  }

  @Override
  public final Integer getChecksum() {
    return null;
  }

  @Override
  public final boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public final void migrate(Context context) {
    Jdbi jdbi = Jdbi.create(context.getConnection());
    // Flyway owns the transaction: the handle must not end it
    jdbi.getConfig(Handles.class).setForceEndTransactions(false);
    try (Handle h = jdbi.open()) {
      String after = "";
      List<String[]> batch;
      do {
        batch = h.createQuery("SELECT id, order_key FROM document WHERE order_key > :after ORDER BY order_key"
                + " LIMIT :limit")
            .bind("after", after)
            .bind("limit", BATCH)
            .map((rs, ctx) -> new String[] {rs.getString("id"), rs.getString("order_key")})
            .list();
        for (String[] document : batch) {
          visit(h, document[0]);
        }
        after = batch.isEmpty() ? after : batch.get(batch.size() - 1)[1];
      } while (batch.size() == BATCH);
    }
  }
}

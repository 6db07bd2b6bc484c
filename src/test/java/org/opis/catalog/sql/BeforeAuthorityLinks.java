package org.opis.catalog.sql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.opis.authority.AgentRef;
import org.opis.authority.PlaceRef;
import org.opis.catalog.Change;
import org.opis.record.Document;
import org.opis.record.Mentions;

/**
 * A catalog as it was before migration 3: documents saved, no {@code document_authority} table,
 * and Flyway's history ending at version 2 (every later migration undone too); for the test of the migration that
 * fills it.
 */
final class BeforeAuthorityLinks {
  private BeforeAuthorityLinks() {}

  /** Saves three documents in the catalog at {@code url}, then undoes migration 3 and every later one. */
  static void make(String url) throws Exception {
    try (SqlCatalog catalog = SqlCatalog.open(url, Clock.systemUTC())) {
      catalog.write(Change.by("import", "old.json"), w -> {
        w.save(Document.titled("Telegram").creators(List.of(AgentRef.person("Stalin")))
            .recipients(List.of(AgentRef.person("Lenin"))).build());
        w.save(Document.titled("Letter").mentions(new Mentions(List.of(), List.of(), List.of(PlaceRef.named("Rasht"))))
            .build());
        for (int i = 0; i < 1_100; i++) {
          w.save(Document.titled("Report " + i).creators(List.of(AgentRef.person("Lenin"))).build());
        }
        return null;
      });
    }
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      BeforeShelfCopies.undo(s, List.of("document_collection"));
      s.execute("DROP TABLE document_authority");
      // and the harvest datestamps of migration 6, which came after
      s.execute("DROP INDEX document_published_stamp");
      s.execute("DROP INDEX document_withdrawn_stamp");
      s.execute("ALTER TABLE document DROP COLUMN published_stamp");
      s.execute("ALTER TABLE document DROP COLUMN withdrawn_stamp");
      // and the tables of the migrations after it: accounts, withdrawals, merged records
      for (String table : List.of("api_token", "account_session", "account", "withdrawal", "authority_merge")) {
        s.execute("DROP TABLE " + table);
      }
      s.execute("DROP TABLE audit");
      s.execute("DROP TABLE fixity_problem");
      s.execute("DROP TABLE fixity_run");
      s.execute("DROP TABLE preservation");
      s.execute("DROP TABLE collection_order");
      s.execute("DROP INDEX document_shelf");
      s.execute("DROP INDEX document_date_order");
      s.execute("DROP INDEX document_date_order_desc");
      s.execute("DROP INDEX document_type_order");
      s.execute("DROP INDEX document_type_order_desc");
      s.execute("ALTER TABLE collection DROP COLUMN introduction");
      s.execute("ALTER TABLE collection DROP COLUMN within_id");
      s.execute("DELETE FROM flyway_schema_history WHERE version IN ('3', '3.1', '4', '5', '6', '6.1', '7', '8', '9', '10', '11', '12', '13', '14')");
    }
  }
}

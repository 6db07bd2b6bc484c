package org.opis.catalog.sql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.opis.catalog.Change;
import org.opis.catalog.TestClock;
import org.opis.record.Document;
import org.opis.record.DocumentId;
import org.opis.record.Visibility;

/**
 * A catalog as it was before migration 6.1 had given its documents their harvest datestamps:
 * saved with a history, the stamps emptied, and Flyway's history ending at version 6.
 */
final class BeforeHarvestStamps {
  static final Instant PUBLISHED = Instant.parse("2024-01-10T08:00:00Z");
  static final Instant RESTRICTED = Instant.parse("2024-02-10T08:00:00Z");

  private BeforeHarvestStamps() {}

  /**
   * Saves document 1 public and then restricted, 2 under an embargo that lifts on 2024-03-01,
   * and 3 public, in the catalog at {@code url}; then empties their stamps and undoes 6.1, 7 and 8.
   */
  static void make(String url) throws Exception {
    TestClock clock = new TestClock(PUBLISHED);
    try (SqlCatalog catalog = SqlCatalog.open(url, clock)) {
      Change change = Change.by("import", "old.json");
      catalog.write(change, w -> {
        w.save(Document.titled("Later restricted").id(new DocumentId("1")).build());
        w.save(Document.titled("Embargoed").id(new DocumentId("2"))
            .visibility(Visibility.embargoedUntil(LocalDate.of(2024, 3, 1))).build());
        w.save(Document.titled("Public").id(new DocumentId("3")).build());
        return null;
      });
      clock.advance(Duration.between(PUBLISHED, RESTRICTED));
      catalog.write(change, w -> w.save(Document.titled("Later restricted").id(new DocumentId("1"))
          .visibility(Visibility.RESTRICTED).build()));
    }
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("UPDATE document SET published_stamp = NULL, withdrawn_stamp = NULL");
      // migrations 7 and 8, which came after, undone too
      s.execute("DROP TABLE authority_merge");
      s.execute("DROP TABLE audit");
      s.execute("DROP TABLE fixity_problem");
      s.execute("DROP TABLE fixity_run");
      s.execute("DROP TABLE preservation");
      s.execute("DROP TABLE collection_order");
      BeforeShelfCopies.undo(s, List.of("document_collection", "document_authority"));
      s.execute("DROP INDEX document_shelf");
      s.execute("DROP INDEX document_date_order");
      s.execute("DROP INDEX document_date_order_desc");
      s.execute("DROP INDEX document_type_order");
      s.execute("DROP INDEX document_type_order_desc");
      s.execute("ALTER TABLE collection DROP COLUMN introduction");
      s.execute("ALTER TABLE collection DROP COLUMN within_id");
      s.execute("DELETE FROM flyway_schema_history WHERE version IN ('6.1', '7', '8', '9', '10', '11', '12', '13', '14')");
    }
  }
}

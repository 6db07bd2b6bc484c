package org.opis.catalog.sql;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Undoes migration 13 in a catalog, for the tests of catalogs made before it: the copies of each
 * document's columns beside its links, and their indexes.
 */
final class BeforeShelfCopies {
  private BeforeShelfCopies() {}

  static final List<String> COPIES =
      List.of("type", "earliest_day", "latest_day", "order_key", "access", "embargo_until", "uploaded");

  /** Drops the copies from each of these link tables (those that still exist). */
  static void undo(Statement s, List<String> tables) throws SQLException {
    for (String table : tables) {
      s.execute("DROP INDEX " + table + "_order");
      s.execute("DROP INDEX " + table + "_order_desc");
      for (String column : COPIES) {
        s.execute("ALTER TABLE " + table + " DROP COLUMN " + column);
      }
    }
  }
}

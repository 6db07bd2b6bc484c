package org.opis.catalog.sql;

import java.util.List;
import org.opis.catalog.CatalogChange;

/** The outbox of a SQL catalog as the contract tests read it. */
final class Outboxes {
  private Outboxes() {}

  static List<String> describe(SqlCatalog catalog) {
    return catalog.changes(0, 100_000).stream().map(e -> e.kind() + " " + e.id() + " " + e.revision()).toList();
  }
}

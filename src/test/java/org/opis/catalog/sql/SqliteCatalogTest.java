package org.opis.catalog.sql;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.opis.catalog.Catalog;
import org.opis.catalog.CatalogContract;

/** The catalog contract on SQLite, one new file per test. */
class SqliteCatalogTest extends CatalogContract {
  @TempDir
  Path folder;

  @Override
  protected void createStorage() {
    // the file is created by the first open
  }

  @Override
  protected Catalog open(Clock clock) {
    return SqlCatalog.sqlite(folder.resolve("catalog.db"), clock);
  }

  @Override
  public List<String> outbox() {
    return Outboxes.describe((SqlCatalog) catalog());
  }
}

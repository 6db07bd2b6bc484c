package org.opis.account.sql;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.opis.account.Accounts;
import org.opis.account.AccountsContract;
import org.opis.catalog.sql.SqlCatalog;

/** The accounts contract on SQLite, in a new catalog file for each test. */
class SqliteAccountsTest extends AccountsContract {
  @TempDir
  Path folder;
  private SqlCatalog catalog;
  private Accounts accounts;

  @BeforeEach
  void open() {
    catalog = SqlCatalog.sqlite(folder.resolve("catalog.db"), Clock.systemUTC());
    accounts = new SqlAccounts(catalog.database());
  }

  @AfterEach
  void close() {
    catalog.close();
  }

  @Override
  protected Accounts accounts() {
    return accounts;
  }
}

package org.opis.account.sql;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.opis.account.Accounts;
import org.opis.account.AccountsContract;
import org.opis.catalog.sql.SqlCatalog;

/** The accounts contract on PostgreSQL: a real server, a new database for each test. */
class PostgresAccountsTest extends AccountsContract {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres server;
  private SqlCatalog catalog;
  private Accounts accounts;

  @BeforeAll
  static void startServer() throws Exception {
    server = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.close();
  }

  @BeforeEach
  void open() throws Exception {
    String database = "accounts_" + DATABASES.incrementAndGet();
    try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + database);
    }
    catalog = SqlCatalog.open(server.getJdbcUrl("postgres", database), Clock.systemUTC());
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

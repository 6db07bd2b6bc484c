package org.opis.catalog.sql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.sqlite.SQLiteConfig;

/** The database engines the catalog runs on, and the few things in which they differ. */
enum Engine {
  /** One file beside the archive, for a single server: the default. */
  SQLITE("jdbc:sqlite:", "sqlite", 4),
  /** A server an institution already runs, shared by several Opis servers. */
  POSTGRESQL("jdbc:postgresql:", "postgresql", 8);

  private static final int BUSY_TIMEOUT_MS = 10_000;
  // "Opis" in ASCII: the advisory lock every writer holds on PostgreSQL
  private static final long WRITER_LOCK = 0x4f706973L;

  private final String urlPrefix;
  private final String migrations;
  private final int connections;

  Engine(String urlPrefix, String migrations, int connections) {
    this.urlPrefix = urlPrefix;
    this.migrations = migrations;
    this.connections = connections;
  }

  /** The engine a JDBC URL names; empty for any other database. */
  static Optional<Engine> of(String jdbcUrl) {
    for (Engine e : values()) {
      if (jdbcUrl.startsWith(e.urlPrefix)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The Flyway locations of this engine's migrations: the shared ones, then its own. */
  String[] migrationLocations() {
    return new String[] {"classpath:db/migration/common", "classpath:db/migration/" + migrations};
  }

  /** A pool of connections configured for the catalog; nothing is opened until it is used. */
  HikariDataSource pool(String jdbcUrl) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("opis-catalog");
    config.setJdbcUrl(jdbcUrl);
    config.setMaximumPoolSize(connections);
    if (this == SQLITE) {
      SQLiteConfig sqlite = new SQLiteConfig();
      // WAL lets readers go on while one writer writes; NORMAL sync is durable across process
      // crashes and loses at most the last commits on power loss, at a fraction of FULL's cost
      sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
      sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
      sqlite.enforceForeignKeys(true);
      sqlite.setBusyTimeout(BUSY_TIMEOUT_MS);
      // a writer takes the write lock when it begins, not on its first write, so two writers
      // wait for each other instead of failing with SQLITE_BUSY when a reader upgrades
      sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
      // the driver would otherwise ask for the new row's key after every insert; none is read
      sqlite.setGetGeneratedKeys(false);
      config.setDataSourceProperties(sqlite.toProperties());
    }
    return new HikariDataSource(config);
  }

  /**
   * Makes the transaction of {@code handle} the only writer until it ends: SQLite's immediate
   * transactions already are; on PostgreSQL, where several Opis servers may share the database,
   * an advisory lock orders writers so outbox positions are committed in the order given.
   */
  void beginWrite(Handle handle) {
    if (this == POSTGRESQL) {
      handle.createQuery("SELECT pg_advisory_xact_lock(:lock)").bind("lock", WRITER_LOCK).mapTo(String.class).list();
    }
  }
}

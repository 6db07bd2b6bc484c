package org.opis.catalog.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opis.catalog.Browse;
import org.opis.catalog.Catalog;
import org.opis.catalog.CatalogContract;
import org.opis.catalog.Harvested;
import org.opis.record.DocumentId;

/**
 * The catalog contract on PostgreSQL: a real server, started once for the class from the
 * binaries Maven downloads, with a new database for each test.
 */
class PostgresCatalogTest extends CatalogContract {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres server;
  private String url;

  @BeforeAll
  static void startServer() throws Exception {
    server = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.close();
  }

  @Override
  protected void createStorage() throws Exception {
    String database = "opis_" + DATABASES.incrementAndGet();
    try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + database);
    }
    url = server.getJdbcUrl("postgres", database);
  }

  @Override
  protected Catalog open(Clock clock) {
    return SqlCatalog.open(url, clock);
  }

  @Override
  public List<String> outbox() {
    return Outboxes.describe((SqlCatalog) catalog());
  }

  @Test
  void letsTwoCatalogsOnOneDatabaseTakeTurnsToWrite() throws Exception {
    try (SqlCatalog second = SqlCatalog.open(url, clock())) {
      TakingTurns.write((SqlCatalog) catalog(), second, 30);
      assertThat(second.browse(Browse.all(), editor()).total()).isEqualTo(60);
      assertThat(outbox()).hasSize(60);
    }
  }

  @Test
  void linksTheDocumentsSavedBeforeTheLinksWereKept() throws Exception {
    catalog().close();
    BeforeAuthorityLinks.make(url);
    reopen();
    assertThat(catalog().documentsNaming("stalin")).containsExactly(new DocumentId("1"));
    assertThat(catalog().documentsNaming("rasht")).containsExactly(new DocumentId("2"));
    assertThat(catalog().documentsNaming("lenin")).hasSize(1_101).startsWith(new DocumentId("1"), new DocumentId("3"));
  }

  @Test
  void datesTheDocumentsSavedBeforeHarvestDatestampsWereKeptFromTheirRevisions() throws Exception {
    catalog().close();
    BeforeHarvestStamps.make(url);
    reopen();
    Harvested restricted = catalog().harvested(new DocumentId("1"), LocalDate.of(2024, 6, 1)).orElseThrow();
    assertThat(restricted.isWithdrawn()).isTrue();
    assertThat(restricted.datestamp()).isEqualTo(BeforeHarvestStamps.RESTRICTED);
    assertThat(catalog().harvested(new DocumentId("3"), LocalDate.of(2024, 6, 1)).map(Harvested::datestamp))
        .contains(BeforeHarvestStamps.PUBLISHED);
  }
}

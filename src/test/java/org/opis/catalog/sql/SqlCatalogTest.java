package org.opis.catalog.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.authority.AgentRef;
import org.opis.catalog.Browse;
import org.opis.catalog.Change;
import org.opis.catalog.Harvested;
import org.opis.problem.StorageException;
import org.opis.record.CollectionRef;
import org.opis.record.Document;
import org.opis.record.DocumentId;
import org.opis.record.Visibility;
import org.opis.catalog.Viewer;

/** Opening the SQL catalog, and what an administrator reads when that fails. */
class SqlCatalogTest {
  @TempDir
  Path folder;

  @Test
  void createsTheFileAndItsFolder() {
    Path file = folder.resolve("data/opis/catalog.db");
    try (SqlCatalog catalog = SqlCatalog.sqlite(file, Clock.systemUTC())) {
      assertThat(catalog.isHealthy()).isTrue();
    }
    assertThat(file).isRegularFile();
  }

  @Test
  void keepsTheFileInWriteAheadLogMode() throws Exception {
    Path file = folder.resolve("catalog.db");
    try (SqlCatalog catalog = SqlCatalog.sqlite(file, Clock.systemUTC())) {
      catalog.write(Change.by("test", null), w -> w.save(Document.titled("One").build()));
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        ResultSet rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("wal");
    }
  }

  @Test
  void opensAnSqliteUrlLikeAFile() {
    Path file = folder.resolve("catalog.db");
    try (SqlCatalog catalog = SqlCatalog.open("jdbc:sqlite:" + file, Clock.systemUTC())) {
      catalog.write(Change.by("test", null), w -> w.save(Document.titled("One").build()));
    }
    try (SqlCatalog again = SqlCatalog.sqlite(file, Clock.systemUTC())) {
      assertThat(again.document(new DocumentId("1"), Viewer.editorOn(java.time.LocalDate.now()))).isPresent();
    }
  }

  @Test
  void refusesADatabaseItCannotKeepTheCatalogIn() {
    assertThatThrownBy(() -> SqlCatalog.open("jdbc:mysql://db/opis?user=opis&password=secret", Clock.systemUTC()))
        .isInstanceOf(StorageException.class)
        .hasMessage("cannot keep the catalog in jdbc:mysql://db/opis: Opis keeps it in SQLite (jdbc:sqlite:FILE)"
            + " or PostgreSQL (jdbc:postgresql://HOST/DATABASE)");
  }

  @Test
  void reportsAServerItCannotReachWithoutThePassword() {
    assertThatThrownBy(() -> SqlCatalog.open("jdbc:postgresql://127.0.0.1:1/opis?user=opis&password=secret",
            Clock.systemUTC()))
        .isInstanceOf(StorageException.class)
        .hasMessage("could not connect to the database (catalog at jdbc:postgresql://127.0.0.1:1/opis)")
        .hasMessageNotContaining("secret");
  }

  @Test
  void reportsAFileThatIsNotACatalog() throws Exception {
    Path file = folder.resolve("catalog.db");
    Files.writeString(file, "these are the minutes of the meeting, not a database ".repeat(100));
    assertThatThrownBy(() -> SqlCatalog.sqlite(file, Clock.systemUTC()))
        .isInstanceOf(StorageException.class)
        .hasMessageStartingWith("could not ")
        .hasMessageEndingWith("(catalog at jdbc:sqlite:" + file.toAbsolutePath() + ")");
  }

  @Test
  void saysWhatItWasDoingWhenTheDatabaseFails() {
    Path file = folder.resolve("catalog.db");
    SqlCatalog catalog = SqlCatalog.sqlite(file, Clock.systemUTC());
    catalog.close();
    assertThatThrownBy(() -> catalog.document(new DocumentId("12"), Viewer.editorOn(java.time.LocalDate.now())))
        .isInstanceOf(StorageException.class)
        .hasMessage("could not read document 12 (catalog at jdbc:sqlite:" + file.toAbsolutePath() + ")");
    assertThatThrownBy(() -> catalog.write(Change.by("import", null), w -> w.save(Document.titled("One").build())))
        .isInstanceOf(StorageException.class)
        .hasMessageStartingWith("could not save the change by import (catalog at jdbc:sqlite:");
    assertThat(catalog.isHealthy()).isFalse();
  }

  @Test
  void letsTwoCatalogsOnOneFileTakeTurnsToWrite() throws Exception {
    Path file = folder.resolve("catalog.db");
    try (SqlCatalog first = SqlCatalog.sqlite(file, Clock.systemUTC());
        SqlCatalog second = SqlCatalog.sqlite(file, Clock.systemUTC())) {
      TakingTurns.write(first, second, 30);
      assertThat(first.browse(Browse.all(), Viewer.editorOn(java.time.LocalDate.now())).total()).isEqualTo(60);
    }
  }

  @Test
  void linksTheDocumentsSavedBeforeTheLinksWereKept() throws Exception {
    String url = "jdbc:sqlite:" + folder.resolve("catalog.db");
    BeforeAuthorityLinks.make(url);
    try (SqlCatalog catalog = SqlCatalog.open(url, Clock.systemUTC())) {
      assertThat(catalog.documentsNaming("stalin")).containsExactly(new DocumentId("1"));
      assertThat(catalog.documentsNaming("rasht")).containsExactly(new DocumentId("2"));
      assertThat(catalog.documentsNaming("lenin")).hasSize(1_101).startsWith(new DocumentId("1"), new DocumentId("3"));
    }
  }

  @Test
  void listsTheCollectionsAndNamesOfDocumentsSavedBeforeTheirLinksKeptCopies() throws Exception {
    String url = "jdbc:sqlite:" + folder.resolve("catalog.db");
    try (SqlCatalog catalog = SqlCatalog.open(url, Clock.systemUTC())) {
      catalog.write(Change.by("import", "old.json"), w -> {
        for (int i = 1; i <= 30; i++) {
          w.save(Document.titled("Telegram " + i)
              .date(org.opis.catalog.CatalogFixture.day(1950 - i, 1, 1))
              .visibility(i % 3 == 0 ? Visibility.RESTRICTED : Visibility.PUBLIC)
              .collections(List.of(CollectionRef.titled("Cables")))
              .creators(List.of(AgentRef.person("Stalin"))).build());
        }
        return null;
      });
    }
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      BeforeShelfCopies.undo(s, List.of("document_collection", "document_authority"));
      s.execute("DELETE FROM flyway_schema_history WHERE version IN ('13', '14')");
    }
    try (SqlCatalog catalog = SqlCatalog.open(url, Clock.systemUTC())) {
      Viewer reader = Viewer.publicOn(LocalDate.of(2024, 6, 1));
      for (Browse list : List.of(Browse.all().inCollection("cables"), Browse.all().naming("stalin"))) {
        var page = catalog.browse(list.orderedBy(Browse.Order.DATE_DESCENDING).page(1, 5), reader);
        assertThat(page.total()).as(list.toString()).isEqualTo(20);
        // newest first: 1949 (1), 1948 (2), 1947 (3, restricted), 1946 (4), ...
        assertThat(page.items()).extracting(d -> d.requireId().value()).containsExactly("1", "2", "4", "5", "7");
      }
      assertThat(catalog.collection("cables", reader).orElseThrow().documents()).isEqualTo(20);
    }
  }

  @Test
  void forgetsTheWithdrawalOfHiddenDocumentsThatWereNeverPublicWhichEarlierVersionsStoredAs1970() throws Exception {
    String url = "jdbc:sqlite:" + folder.resolve("catalog.db");
    try (SqlCatalog catalog = SqlCatalog.open(url, Clock.systemUTC())) {
      catalog.write(Change.by("import", "old.json"), w -> {
        w.save(Document.titled("Public").id(new DocumentId("1")).build());
        w.save(Document.titled("Restricted").id(new DocumentId("2")).visibility(Visibility.RESTRICTED).build());
        return null;
      });
    }
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      // what a second save of document 2 stored before version 14
      s.execute("UPDATE document SET withdrawn_stamp = 0 WHERE id = '2'");
      s.execute("DELETE FROM flyway_schema_history WHERE version = '14'");
    }
    try (SqlCatalog catalog = SqlCatalog.open(url, Clock.systemUTC())) {
      LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
      assertThat(catalog.harvested(new DocumentId("2"), today)).isEmpty();
      assertThat(catalog.earliestDatestamp(today).orElseThrow()).isAfter(Instant.parse("2020-01-01T00:00:00Z"));
    }
  }

  @Test
  void datesTheDocumentsSavedBeforeHarvestDatestampsWereKeptFromTheirRevisions() throws Exception {
    String url = "jdbc:sqlite:" + folder.resolve("catalog.db");
    BeforeHarvestStamps.make(url);
    try (SqlCatalog catalog = SqlCatalog.open(url, Clock.systemUTC())) {
      LocalDate today = LocalDate.of(2024, 6, 1);
      assertThat(catalog.harvested(new DocumentId("1"), today)).hasValueSatisfying(h -> {
        assertThat(h.isWithdrawn()).isTrue();
        assertThat(h.datestamp()).isEqualTo(BeforeHarvestStamps.RESTRICTED);
      });
      assertThat(catalog.harvested(new DocumentId("2"), today).map(Harvested::datestamp))
          .contains(Instant.parse("2024-03-01T00:00:00Z"));
      assertThat(catalog.harvested(new DocumentId("3"), today).map(Harvested::datestamp))
          .contains(BeforeHarvestStamps.PUBLISHED);
    }
  }
}

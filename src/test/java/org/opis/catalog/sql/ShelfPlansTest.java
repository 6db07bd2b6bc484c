package org.opis.catalog.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.catalog.Browse;
import org.opis.catalog.Change;
import org.opis.catalog.Named;
import org.opis.catalog.TestClock;
import org.opis.catalog.Viewer;
import org.opis.record.CollectionRef;
import org.opis.record.Document;
import org.opis.record.DocumentId;

/**
 * The lists of the reading room are read from the catalog's indexes, never by reading every
 * document's row (each holds its record's JSON, 8.5 KB at a million documents) nor by sorting every
 * document for a page of twenty: SQLite's own plan for each statement, as it would run it, says
 * so. The cost of either mistake shows only at a million documents (seconds a page, BENCHMARKS.md,
 * "The reading room at a million documents"); the plan shows it at any size.
 */
class ShelfPlansTest {
  private static final Viewer PUBLIC = Viewer.publicOn(LocalDate.of(2024, 6, 1));
  private static final Viewer EDITOR = Viewer.editorOn(LocalDate.of(2024, 6, 1));

  @TempDir
  Path folder;

  private String url;

  @BeforeEach
  void catalogOfAFewDocuments() throws Exception {
    url = "jdbc:sqlite:" + folder.resolve("catalog.db");
    try (SqlCatalog catalog = SqlCatalog.open(url, new TestClock(Instant.parse("2024-01-10T08:00:00Z")))) {
      catalog.write(Change.by("import", "few.json"), w -> {
        for (int i = 1; i <= 30; i++) {
          w.save(Document.titled("Telegram " + i).id(new DocumentId("d" + i)).type("telegram")
              .collections(List.of(new CollectionRef("Cables", Optional.of("c1")))).build());
        }
        return null;
      });
    }
  }

  @Test
  void noListOfTheReadingRoomReadsEveryDocumentsRow() throws Exception {
    List<Consumer<Handle>> lists = new ArrayList<>();
    for (Viewer viewer : List.of(PUBLIC, EDITOR)) {
      for (Browse.Order order : Browse.Order.values()) {
        lists.add(h -> Shelves.browse(h, Browse.all().orderedBy(order), viewer));
        lists.add(h -> Shelves.browse(h, Browse.all().ofType("telegram").orderedBy(order), viewer));
        lists.add(h -> Shelves.browse(h, Browse.all().years(1920, 1929).orderedBy(order), viewer));
        lists.add(h -> Shelves.browse(h, Browse.all().inCollection("c1").orderedBy(order), viewer));
        lists.add(h -> Shelves.browse(h, Browse.all().naming("a1").orderedBy(order), viewer));
      }
      lists.add(h -> Shelves.holdings(h, viewer));
      lists.add(h -> Shelves.stamps(h, viewer, 0, 100));
      lists.add(h -> NamedIndex.page(h, Named.Kind.AGENTS, 1, 50, viewer));
      lists.add(h -> NamedIndex.page(h, Named.Kind.PLACES, 1, 50, viewer));
      lists.add(h -> CollectionTable.all(h, viewer));
    }
    for (Consumer<Handle> list : lists) {
      for (String sql : asked(list)) {
        // "SCAN d" alone: every row of the document table read, not one of its indexes
        assertThat(plan(sql)).as(sql).noneMatch(step -> step.equals("SCAN d") || step.equals("SCAN document"));
      }
    }
  }

  @Test
  void aPageOfEveryDocumentOrOfOneTypeInDateOrderIsReadInItsOrderNotSorted() throws Exception {
    for (Viewer viewer : List.of(PUBLIC, EDITOR)) {
      for (Browse.Order order : Browse.Order.values()) {
        for (String sql : asked(h -> Shelves.browse(h, Browse.all().orderedBy(order), viewer))) {
          assertThat(plan(sql)).as(sql).noneMatch(ShelfPlansTest::sortsMoreThanTies);
        }
      }
      for (Browse.Order order : List.of(Browse.Order.DATE_ASCENDING, Browse.Order.DATE_DESCENDING)) {
        for (String sql : asked(h -> Shelves.browse(h, Browse.all().ofType("telegram").orderedBy(order), viewer))) {
          assertThat(plan(sql)).as(sql).noneMatch(ShelfPlansTest::sortsMoreThanTies);
        }
      }
    }
  }

  @Test
  void theHoldingsAndTheCountsOfEveryDocumentOfOneTypeOrOfSomeYearsAreReadFromIndexesAlone() throws Exception {
    for (Viewer viewer : List.of(PUBLIC, EDITOR)) {
      List<String> statements = new ArrayList<>(asked(h -> Shelves.holdings(h, viewer)));
      statements.addAll(asked(h -> Shelves.browse(h, Browse.all(), viewer)));
      statements.addAll(asked(h -> Shelves.browse(h, Browse.all().ofType("telegram"), viewer)));
      statements.addAll(asked(h -> Shelves.browse(h, Browse.all().years(1920, 1929), viewer)));
      for (String sql : statements.stream().filter(sql -> sql.contains("count(*)")).toList()) {
        assertThat(plan(sql)).as(sql).filteredOn(step -> step.matches("(SCAN|SEARCH) d\\b.*"))
            .isNotEmpty()
            .allMatch(step -> step.contains("COVERING INDEX"));
      }
    }
  }

  @Test
  void aPageOfOneCollectionsOrOneRecordsDocumentsIsReadFromItsLinksInDateOrderAndCountedFromTheirIndex()
      throws Exception {
    for (Viewer viewer : List.of(PUBLIC, EDITOR)) {
      for (Browse.Order order : List.of(Browse.Order.DATE_ASCENDING, Browse.Order.DATE_DESCENDING)) {
        for (Browse browse : List.of(Browse.all().inCollection("c1"), Browse.all().naming("a1"),
            Browse.all().inCollection("c1").years(1920, 1929))) {
          List<String> statements = asked(h -> Shelves.browse(h, browse.orderedBy(order), viewer));
          for (String sql : statements) {
            List<String> plan = plan(sql);
            assertThat(plan).as(sql).noneMatch(ShelfPlansTest::sortsMoreThanTies)
                .noneMatch(step -> step.startsWith("SCAN l"));
            if (sql.contains("count(*)")) {
              // not one document's row, nor one link's: the link table's index holds all a count needs
              assertThat(plan).as(sql).noneMatch(step -> step.matches("(SCAN|SEARCH) d\\b.*"))
                  .filteredOn(step -> step.matches("(SCAN|SEARCH) l\\b.*")).isNotEmpty()
                  .allMatch(step -> step.contains("COVERING INDEX"));
            }
          }
        }
      }
    }
  }

  @Test
  void aCollectionsOwnCountOfWhatTheViewerMayNotSeeIsReadFromIndexesAlone() throws Exception {
    List<String> statements = asked(h -> CollectionTable.one(h, "c1", PUBLIC));
    assertThat(statements).anyMatch(sql -> sql.contains("FROM document_collection l"));
    for (String sql : statements) {
      // neither the documents' rows nor the links': the collection's own row is read, once
      assertThat(plan(sql)).as(sql).noneMatch(step -> step.matches("(SCAN|SEARCH) d\\b.*"))
          .filteredOn(step -> step.matches("(SCAN|SEARCH) (l|dc)\\b.*"))
          .allMatch(step -> step.contains("COVERING INDEX"));
    }
  }

  // a step sorting what an index did not give in order: only the documents that tie on all but the
  // order's last term (their identifier) may be; "FOR LAST 3 TERMS" sorts all dated documents
  private static boolean sortsMoreThanTies(String step) {
    return step.startsWith("USE TEMP B-TREE FOR") && !step.equals("USE TEMP B-TREE FOR LAST TERM OF ORDER BY");
  }

  // the statements a piece of the catalog asks, as SQLite is given them (:names for values)
  private List<String> asked(Consumer<Handle> reading) {
    List<String> statements = new ArrayList<>();
    Jdbi jdbi = Jdbi.create(url);
    jdbi.setSqlLogger(new SqlLogger() {
      @Override
      public void logBeforeExecution(StatementContext context) {
        statements.add(context.getRenderedSql());
      }
    });
    jdbi.useHandle(reading::accept);
    return statements;
  }

  // SQLite's plan for a statement, its values unbound (a plan does not depend on them)
  private List<String> plan(String sql) throws Exception {
    List<String> steps = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
      while (rows.next()) {
        steps.add(rows.getString("detail"));
      }
    }
    return steps;
  }
}

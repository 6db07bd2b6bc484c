package org.opis.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opis.authority.AgentRef;
import org.opis.authority.PlaceRef;
import org.opis.catalog.CatalogChange;
import org.opis.catalog.Change;
import org.opis.catalog.Viewer;
import org.opis.problem.StorageException;
import org.opis.record.Dateline;
import org.opis.record.Document;
import org.opis.record.DocumentId;
import org.opis.record.Mentions;
import org.opis.record.Visibility;

/** The indexer applying the catalog's outbox to the index, batch by batch. */
class CatchUpTest extends IndexerFixture {

  @Test
  void consolidatesTheIndexAfterACatchUpAsLargeAsAnImport() {
    saveReports(Indexer.CONSOLIDATE_AFTER);
    assertThat(indexer.catchUp()).isEqualTo(Indexer.CONSOLIDATE_AFTER);
    assertThat(index.consolidated()).isEqualTo(1);
    assertThat(index.position()).isEqualTo(catalog.position());
  }

  @Test
  void appliesTheOutboxInBatchesOfFiveHundredEachWithItsLastPosition() {
    saveReports(1_201);
    List<Long> positions = catalog.changes(0, 2_000).stream().map(CatalogChange::position).toList();

    assertThat(indexer.catchUp()).isEqualTo(1_201);

    assertThat(index.applied()).extracting(a -> a.entries().size()).containsExactly(500, 500, 201);
    assertThat(index.applied()).extracting(MemoryIndex.Applied::position)
        .containsExactly(positions.get(499), positions.get(999), positions.get(1_200));
    assertThat(index.position()).isEqualTo(catalog.position());
    assertThat(index.held()).isEqualTo(inCatalog()).hasSize(1_201);
    assertThat(index.consolidated()).isZero(); // a small catch-up leaves the parts as they are
    assertThat(indexer.behind()).isZero();
  }

  @Test
  void settlesTheIndexOnceCaughtUpSoThatTheLastFullBatchIsDurable() {
    saveReports(1_000);
    assertThat(index.settled()).isZero();

    indexer.catchUp();

    assertThat(index.applied()).extracting(a -> a.entries().size()).containsExactly(500, 500);
    assertThat(index.settled()).isEqualTo(1);
  }

  @Test
  void indexesADocumentOnceABatchHoweverOftenItChanged() {
    save(Document.titled("Telegram").id(new DocumentId("7")).build());
    save(Document.titled("Telegram, Stalin to Lenin").id(new DocumentId("7")).build());
    save(Document.titled("Letter").id(new DocumentId("8")).build());
    save(Document.titled("Telegram, Stalin to LENIN").id(new DocumentId("7")).build());

    indexer.catchUp();

    assertThat(index.applied()).hasSize(1);
    assertThat(index.applied().get(0).ids()).containsExactly("7@3", "8@1");
    assertThat(index.get("7").orElseThrow().document().title()).isEqualTo("Telegram, Stalin to LENIN");
  }

  @Test
  void appliesNothingWhenUpToDate() {
    saveReports(3);
    indexer.catchUp();
    index.forgetCalls();
    assertThat(indexer.catchUp()).isZero();
    assertThat(index.applied()).isEmpty();
  }

  @Test
  void indexesEveryNameOfEveryRecordADocumentNames() {
    save(Document.titled("Telegram").creators(List.of(AgentRef.person("Stalin")))
        .recipients(List.of(AgentRef.person("Lenin"), AgentRef.organisation("TsEKA (Central Committee)")))
        .dateline(new Dateline(Optional.of("Vladikavkaz"), Optional.of(PlaceRef.named("Vladikavkaz")),
            Optional.empty()))
        .build());
    save(Document.titled("Report").creators(List.of(AgentRef.person("Сталин"))).build());

    indexer.catchUp();

    assertThat(index.get("1").orElseThrow().authorityNames()).isEqualTo(Map.of(
        "stalin", List.of("Stalin", "Сталин"),
        "lenin", List.of("Lenin"),
        "tseka-central-committee", List.of("TsEKA (Central Committee)"),
        "vladikavkaz", List.of("Vladikavkaz")));
  }

  @Test
  void bringsANewSpellingToEveryDocumentNamingTheRecord() {
    save(Document.titled("By him").creators(List.of(AgentRef.person("Kuchuk-Khan"))).build());
    save(Document.titled("About him").mentions(new Mentions(List.of(AgentRef.person("Kuchuk-Khan")), List.of(),
        List.of())).build());
    save(Document.titled("By someone else").creators(List.of(AgentRef.person("Lenin"))).build());
    indexer.catchUp();
    assertThat(index.search(SearchQuery.of("Кучук-хан"), editor()).total()).isZero();
    index.forgetCalls();

    catalog.write(Change.by("editor:anna", "the Russian spelling"),
        w -> {
          w.save(catalog.agent("kuchuk-khan").orElseThrow().withVariant("Кучук-хан"));
          return null;
        });
    indexer.catchUp();

    assertThat(index.applied()).hasSize(1);
    assertThat(index.applied().get(0).ids()).containsExactly("1@1", "2@1");
    assertThat(index.get("2").orElseThrow().authorityNames().get("kuchuk-khan"))
        .containsExactly("Kuchuk-Khan", "Кучук-хан");
    assertThat(index.search(SearchQuery.of("Кучук-хан"), editor()).hits()).extracting(h -> h.id().value())
        .containsExactly("1", "2");
  }

  @Test
  void bringsAPlacesNewNameToTheDocumentsWrittenThere() {
    save(Document.titled("Telegram")
        .dateline(new Dateline(Optional.of("Rasht"), Optional.of(PlaceRef.named("Rasht")), Optional.empty())).build());
    indexer.catchUp();

    catalog.write(Change.by("editor:anna", "the Persian name"),
        w -> {
          w.save(catalog.place("rasht").orElseThrow().withVariant("رشت"));
          return null;
        });
    indexer.catchUp();

    assertThat(index.get("1").orElseThrow().authorityNames().get("rasht")).containsExactly("Rasht", "رشت");
  }

  @Test
  void indexesNoDocumentAgainForTheRecordsItsOwnSaveCreated() {
    // the person is created first, in the first batch; the documents naming him follow in it and
    // in the next, and each is indexed once
    write(w -> {
      for (int i = 1; i <= 600; i++) {
        w.save(Document.titled("Report " + i).creators(List.of(AgentRef.person("Stalin")))
            .mentions(new Mentions(List.of(), List.of(), List.of(PlaceRef.named("Tsaritsyn")))).build());
      }
      return null;
    });
    assertThat(catalog.changes(0, 1_000)).hasSize(602);

    indexer.catchUp();

    assertThat(index.applied()).extracting(a -> a.entries().size()).containsExactly(498, 102);
  }

  @Test
  void indexesARecordsManyDocumentsInPartsRecordingThePositionOnlyWithTheLast() {
    write(w -> {
      for (int i = 1; i <= 1_100; i++) {
        w.save(Document.titled("Report " + i).creators(List.of(AgentRef.person("Stalin"))).build());
      }
      return null;
    });
    indexer.catchUp();
    long before = index.position();
    index.forgetCalls();

    catalog.write(Change.by("editor:anna", null), w -> {
      w.save(catalog.agent("stalin").orElseThrow().withVariant("Джугашвили"));
      return null;
    });
    indexer.catchUp();

    assertThat(index.applied()).extracting(a -> a.entries().size()).containsExactly(500, 500, 100);
    assertThat(index.applied()).extracting(MemoryIndex.Applied::position)
        .containsExactly(before, before, catalog.position());
    assertThat(index.get("1100").orElseThrow().authorityNames().get("stalin")).contains("Джугашвили");
  }

  @Test
  void indexesRestrictedAndEmbargoedDocumentsForTheIndexToFilter() {
    save(Document.titled("Restricted telegram").visibility(Visibility.RESTRICTED).build());
    save(Document.titled("Embargoed telegram").visibility(Visibility.embargoedUntil(java.time.LocalDate.of(2090, 1, 1)))
        .build());
    indexer.catchUp();
    assertThat(index.held()).containsExactly("1@1", "2@1");
  }

  @Test
  void removesADocumentTheCatalogNoLongerHolds() throws Exception {
    saveReports(2);
    indexer.catchUp();
    // the catalog cannot delete yet: take the document out underneath and announce it, as a
    // deletion will
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("catalog.db"));
        Statement s = c.createStatement()) {
      s.execute("DELETE FROM document_authority WHERE document_id = '2'");
      s.execute("DELETE FROM document WHERE id = '2'");
      s.execute("INSERT INTO outbox (record_kind, record_id, revision) VALUES ('document', '2', 2)");
    }
    index.forgetCalls();

    indexer.catchUp();

    assertThat(index.applied().get(0).ids()).containsExactly("2 removed");
    assertThat(index.held()).containsExactly("1@1");
  }

  @Test
  void tellsHowManyChangesItHasApplied() {
    saveReports(1_100);
    List<String> told = new ArrayList<>();
    indexer.catchUp((done, total) -> told.add(done + "/" + total));
    assertThat(told).containsExactly("500/1100", "1000/1100", "1100/1100");
  }

  @Test
  void rebuildsAnIndexAheadOfTheCatalog() {
    index.apply(List.of(IndexEntry.of(Document.titled("From another archive").id(new DocumentId("99")).build(), 4,
        Map.of())), 10_000);
    saveReports(3);

    indexer.catchUp();

    assertThat(index.held()).containsExactly("1@1", "2@1", "3@1");
    assertThat(index.position()).isEqualTo(catalog.position());
  }

  @Test
  void leavesOutADocumentTheIndexRefusesAndGoesOn() {
    saveReports(3);
    indexer.catchUp();
    save(Document.titled("Report 2, with a text the index refuses").id(new DocumentId("2")).build());
    saveReports(5);
    index.refuse("2");

    indexer.catchUp();

    assertThat(index.held()).containsExactly("1@1", "3@1", "4@1", "5@1", "6@1", "7@1", "8@1");
    assertThat(index.position()).isEqualTo(catalog.position());
    index.refuse();
    save(Document.titled("Report 2, corrected").id(new DocumentId("2")).build());
    indexer.catchUp();
    assertThat(index.get("2")).map(d -> d.revision()).contains(3);
  }

  @Test
  void leavesNothingOutWhenTheIndexRefusesEveryDocument() {
    saveReports(3);
    indexer.catchUp();
    long before = index.position();
    saveReports(12);
    index.refuse("4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15");

    assertThatThrownBy(indexer::catchUp).isInstanceOf(StorageException.class)
        .hasMessage("document 4 has a term longer than 32766 bytes");

    assertThat(index.position()).isEqualTo(before);
    index.refuse();
    indexer.catchUp();
    assertThat(index.held()).hasSize(15);
  }

  @Test
  void leavesOutADocumentRefusedAloneWithTheNextChange() {
    save(Document.titled("Refused").build());
    index.refuse("1");
    assertThatThrownBy(indexer::catchUp).isInstanceOf(StorageException.class);
    assertThat(index.position()).isZero();

    save(Document.titled("Next").build());
    indexer.catchUp();

    assertThat(index.held()).containsExactly("2@1");
    assertThat(index.position()).isEqualTo(catalog.position());
  }

  @Test
  void appliesABatchEntryByEntryWhenItFailedOnceButTheIndexWorks() {
    saveReports(3);
    index.failNext(1);

    indexer.catchUp();

    assertThat(index.held()).containsExactly("1@1", "2@1", "3@1");
    assertThat(index.position()).isEqualTo(catalog.position());
  }

  @Test
  void leavesThePositionWhereItWasWhenTheIndexFailsWhateverItIsGiven() {
    saveReports(3);
    indexer.catchUp();
    long before = index.position();
    saveReports(2);
    index.broken(true);

    assertThatThrownBy(indexer::catchUp).isInstanceOf(StorageException.class)
        .hasMessage("could not write the search index: No space left on device");

    assertThat(index.position()).isEqualTo(before);
    assertThat(index.held()).containsExactly("1@1", "2@1", "3@1");
    index.broken(false);
    indexer.catchUp();
    assertThat(index.held()).hasSize(5);
  }

  private static Viewer editor() {
    return Viewer.editorOn(java.time.LocalDate.now());
  }
}

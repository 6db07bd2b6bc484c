package org.opis.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opis.catalog.CatalogFixture.day;
import static org.opis.catalog.CatalogFixture.id;
import static org.opis.catalog.CatalogFixture.years;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opis.problem.InvalidInputException;
import org.opis.authority.Agent;
import org.opis.authority.AgentKind;
import org.opis.authority.Place;
import org.opis.record.CollectionRef;
import org.opis.record.Document;
import org.opis.record.DocumentId;
import org.opis.record.Relation;
import org.opis.record.Visibility;

/** Reading: who sees what, lists, counts, history and export. */
public interface ReadingContract extends CatalogFixture {

  private List<String> ids(Page<Document> page) {
    return page.items().stream().map(d -> d.requireId().value()).toList();
  }

  private void saveRestrictedPublicAndEmbargoed() {
    catalog().write(IMPORT, w -> List.of(
        w.save(Document.titled("Public").type("telegram").build()),
        w.save(Document.titled("Restricted").type("telegram").visibility(Visibility.RESTRICTED).build()),
        w.save(Document.titled("Embargoed").type("letter")
            .visibility(Visibility.embargoedUntil(LocalDate.of(2030, 1, 1))).build())));
  }

  @Test
  default void showsTheReaderNeitherRestrictedNorEmbargoedDocuments() {
    saveRestrictedPublicAndEmbargoed();
    assertThat(catalog().document(id("1"), reader())).isPresent();
    assertThat(catalog().document(id("2"), reader())).isEmpty();
    assertThat(catalog().document(id("3"), reader())).isEmpty();
    assertThat(catalog().document(id("2"), editor())).isPresent();
    assertThat(catalog().document(id("3"), editor())).isPresent();
  }

  @Test
  default void relatesADocumentOnlyToTheDocumentsTheViewerMaySee() {
    saveRestrictedPublicAndEmbargoed();
    catalog().write(IMPORT, w -> w.save(Document.titled("Public, relating").id(id("4"))
        .related(List.of(new Relation(id("2"), Optional.of("the draft")), new Relation(id("1"), Optional.empty()),
            new Relation(id("3"), Optional.empty()), new Relation(id("99"), Optional.empty())))
        .build()));
    java.util.function.Function<Document, List<String>> related = d -> d.related().stream()
        .map(r -> r.target().value()).toList();

    assertThat(related.apply(catalog().document(id("4"), reader()).orElseThrow())).containsExactly("1");
    assertThat(related.apply(catalog().document(id("4"), editor()).orElseThrow())).containsExactly("2", "1", "3", "99");
    assertThat(catalog().browse(Browse.all(), reader()).items()).filteredOn(d -> d.requireId().equals(id("4")))
        .singleElement().extracting(related).isEqualTo(List.of("1"));
    Harvest everything = Harvest.upTo(clock().instant().plusSeconds(1), 100);
    assertThat(catalog().harvest(everything).records()).filteredOn(r -> r.id().equals(id("4")))
        .singleElement().extracting(r -> related.apply(r.document().orElseThrow())).isEqualTo(List.of("1"));
    assertThat(related.apply(catalog().harvested(id("4"), clock().today()).orElseThrow().document().orElseThrow()))
        .containsExactly("1");
    // once the embargo lifts, the relation is there to follow
    assertThat(related.apply(catalog().document(id("4"), Viewer.publicOn(LocalDate.of(2030, 1, 1))).orElseThrow()))
        .containsExactly("1", "3");
  }

  @Test
  default void liftsAnEmbargoOnItsDay() {
    saveRestrictedPublicAndEmbargoed();
    assertThat(catalog().document(id("3"), Viewer.publicOn(LocalDate.of(2029, 12, 31)))).isEmpty();
    assertThat(catalog().document(id("3"), Viewer.publicOn(LocalDate.of(2030, 1, 1)))).isPresent();
    assertThat(catalog().browse(Browse.all(), Viewer.publicOn(LocalDate.of(2030, 1, 1))).total()).isEqualTo(2);
  }

  @Test
  default void findsNothingUnderAnUnknownIdentifier() {
    assertThat(catalog().document(id("404"), editor())).isEmpty();
    assertThat(catalog().agent("nobody")).isEmpty();
    assertThat(catalog().place("nowhere")).isEmpty();
    assertThat(catalog().collection("nothing", editor())).isEmpty();
  }

  @Test
  default void browsesOnlyWhatTheViewerMaySee() {
    saveRestrictedPublicAndEmbargoed();
    Page<Document> forReader = catalog().browse(Browse.all(), reader());
    assertThat(ids(forReader)).containsExactly("1");
    assertThat(forReader.total()).isEqualTo(1);
    assertThat(catalog().browse(Browse.all(), editor()).total()).isEqualTo(3);
  }

  @Test
  default void pagesWithExactTotals() {
    catalog().write(IMPORT, w -> {
      for (int i = 1; i <= 25; i++) {
        w.save(Document.titled("Document " + i).build());
      }
      return null;
    });
    Page<Document> third = catalog().browse(Browse.all().page(3, 10), reader());
    assertThat(ids(third)).containsExactly("21", "22", "23", "24", "25");
    assertThat(third.total()).isEqualTo(25);
    assertThat(third.pages()).isEqualTo(3);
    Page<Document> beyond = catalog().browse(Browse.all().page(4, 10), reader());
    assertThat(beyond.items()).isEmpty();
    assertThat(beyond.total()).isEqualTo(25);
  }

  @Test
  default void browsesByType() {
    saveRestrictedPublicAndEmbargoed();
    assertThat(ids(catalog().browse(Browse.all().ofType("telegram"), editor()))).containsExactly("1", "2");
    assertThat(ids(catalog().browse(Browse.all().ofType("telegram"), reader()))).containsExactly("1");
    assertThat(catalog().browse(Browse.all().ofType("minutes"), editor()).total()).isZero();
  }

  @Test
  default void browsesACollection() {
    catalog().write(IMPORT, w -> List.of(
        w.save(Document.titled("One").collections(List.of(CollectionRef.titled("Iran"))).build()),
        w.save(Document.titled("Two").collections(List.of(CollectionRef.titled("Korea"))).build()),
        w.save(Document.titled("Three")
            .collections(List.of(CollectionRef.titled("Korea"), CollectionRef.titled("Iran"))).build())));
    assertThat(ids(catalog().browse(Browse.all().inCollection("iran"), reader()))).containsExactly("1", "3");
    assertThat(catalog().browse(Browse.all().inCollection("korea"), reader()).total()).isEqualTo(2);
  }

  @Test
  default void browsesTheYearsADocumentsDateOverlaps() {
    CatalogFixture.assumeStoredDatesCanBeRead();
    saveDated();
    // 1: 1918-03-03, 2: 1920-11-16, 3: 1919-1921, 4: undated, 5: 1950
    assertThat(ids(catalog().browse(Browse.all().years(1920, 1920), reader()))).containsExactly("3", "2");
    assertThat(ids(catalog().browse(Browse.all().years(1921, null), reader()))).containsExactly("3", "5");
    assertThat(ids(catalog().browse(Browse.all().years(null, 1919), reader()))).containsExactly("1", "3");
  }

  @Test
  default void ordersByDateWithUndatedDocumentsLast() {
    CatalogFixture.assumeStoredDatesCanBeRead();
    saveDated();
    assertThat(ids(catalog().browse(Browse.all(), reader()))).containsExactly("1", "3", "2", "5", "4");
    assertThat(ids(catalog().browse(Browse.all().orderedBy(Browse.Order.DATE_DESCENDING), reader())))
        .containsExactly("5", "2", "3", "1", "4");
  }

  @Test
  default void ordersTheMostRecentlyAddedFirst() {
    save(Document.titled("Oldest").build());
    clock().advance(Duration.ofMinutes(1));
    save(Document.titled("Middle").build());
    clock().advance(Duration.ofMinutes(1));
    save(Document.titled("Newest").build());
    assertThat(ids(catalog().browse(Browse.all().orderedBy(Browse.Order.RECENTLY_ADDED), reader())))
        .containsExactly("3", "2", "1");
  }

  @Test
  default void countsTheHoldingsTheViewerMaySeeByTypeAndDecade() {
    saveDated();
    catalog().write(IMPORT, w -> w.save(Document.titled("Secret").type("report").date(day(1920, 1, 1))
        .visibility(Visibility.RESTRICTED).build()));
    Holdings forReader = catalog().holdings(reader());
    assertThat(forReader.documents()).isEqualTo(5);
    assertThat(forReader.byType()).containsExactly(
        Map.entry("telegram", 3L), Map.entry("", 1L), Map.entry("letter", 1L));
    assertThat(forReader.byDecade()).containsExactly(Map.entry(1910, 2L), Map.entry(1920, 1L), Map.entry(1950, 1L));
    Holdings forEditor = catalog().holdings(editor());
    assertThat(forEditor.documents()).isEqualTo(6);
    assertThat(forEditor.byDecade()).containsEntry(1920, 2L);
    assertThat(forEditor.byType()).containsEntry("report", 1L);
  }

  private void saveDated() {
    catalog().write(IMPORT, w -> List.of(
        w.save(Document.titled("Telegram of 1918").type("telegram").date(day(1918, 3, 3)).build()),
        w.save(Document.titled("Telegram of 1920").type("telegram").date(day(1920, 11, 16)).build()),
        w.save(Document.titled("Letters of 1919-1921").type("letter").date(years(1919, 1921)).build()),
        w.save(Document.titled("Undated note").build()),
        w.save(Document.titled("Telegram of 1950").type("telegram").date(day(1950, 6, 25)).build())));
  }

  @Test
  default void countsOnlyVisibleDocumentsInCollections() {
    catalog().write(IMPORT, w -> List.of(
        w.save(Document.titled("One").collections(List.of(CollectionRef.titled("Korea"))).build()),
        w.save(Document.titled("Two").collections(List.of(CollectionRef.titled("Korea"))).build()),
        w.save(Document.titled("Three").collections(List.of(CollectionRef.titled("Korea"))).visibility(Visibility.RESTRICTED)
            .build()),
        w.save(Document.titled("Four").collections(List.of(CollectionRef.titled("Arms Control")))
            .visibility(Visibility.RESTRICTED).build()),
        w.save(Document.titled("Five").collections(List.of(CollectionRef.titled("cuba"))).build())));
    assertThat(catalog().collections(reader())).containsExactly(
        new CollectionSummary("cuba", "cuba", 1), new CollectionSummary("korea", "Korea", 2));
    assertThat(catalog().collections(editor())).containsExactly(
        new CollectionSummary("arms-control", "Arms Control", 1),
        new CollectionSummary("cuba", "cuba", 1),
        new CollectionSummary("korea", "Korea", 3));
    assertThat(catalog().collection("korea", reader())).contains(new CollectionSummary("korea", "Korea", 2));
    assertThat(catalog().collection("arms-control", reader()))
        .contains(new CollectionSummary("arms-control", "Arms Control", 0));
  }

  @Test
  default void findsNoHistoryOfAnUnknownDocumentOrRevision() {
    save(Document.titled("One").build());
    assertThat(catalog().revisions(id("2"))).isEmpty();
    assertThat(catalog().revision(id("1"), 2)).isEmpty();
    assertThat(catalog().revision(id("2"), 1)).isEmpty();
  }

  @Test
  default void givesEveryDocumentInIdentifierOrder() {
    List<String> given = List.of("b-7", "10", "2", "a", "100", "1", "9", "B");
    catalog().write(IMPORT, w -> {
      given.forEach(id -> w.save(Document.titled("Document " + id).id(id(id))
          .visibility(id.equals("9") ? Visibility.RESTRICTED : Visibility.PUBLIC).build()));
      return null;
    });
    List<String> seen = new ArrayList<>();
    catalog().forEachDocument(d -> seen.add(d.requireId().value()));
    assertThat(seen).containsExactly("1", "2", "9", "10", "100", "B", "a", "b-7");
    assertThat(seen).isSortedAccordingTo((x, y) -> new DocumentId(x).compareTo(new DocumentId(y)));
  }

  @Test
  default void streamsThousandsOfDocumentsInIdentifierOrder() {
    catalog().write(IMPORT, w -> {
      for (int i = 0; i < 3000; i++) {
        w.save(Document.titled("Document " + i).build());
      }
      return null;
    });
    List<String> seen = new ArrayList<>();
    catalog().forEachDocument(d -> seen.add(d.requireId().value()));
    assertThat(seen).hasSize(3000);
    assertThat(seen.get(0)).isEqualTo("1");
    assertThat(seen.get(2999)).isEqualTo("3000");
    assertThat(seen).isSortedAccordingTo((x, y) -> new DocumentId(x).compareTo(new DocumentId(y)));
  }

  @Test
  default void givesEveryAuthorityRecordInIdentifierOrder() {
    catalog().write(IMPORT, w -> {
      for (String id : List.of("zhukov", "beria", "molotov", "Mao", "stalin-2", "stalin")) {
        w.save(new Agent(id, AgentKind.PERSON, id, List.of(), Optional.empty(), Optional.empty()));
      }
      for (int i = 0; i < 1200; i++) {
        w.save(new Place("place-" + i, "Place " + i, List.of(), Optional.empty(), Optional.empty()));
      }
      return null;
    });
    List<String> agents = new ArrayList<>();
    catalog().forEachAgent(a -> agents.add(a.id()));
    assertThat(agents).containsExactly("Mao", "beria", "molotov", "stalin", "stalin-2", "zhukov");
    List<String> places = new ArrayList<>();
    catalog().forEachPlace(p -> places.add(p.id()));
    assertThat(places).hasSize(1200).isSorted();
  }

  @Test
  default void letsTheCallerReadTheCatalogWhileGoingThroughIt() {
    catalog().write(IMPORT, w -> {
      for (int i = 0; i < 1200; i++) {
        w.save(Document.titled("Document " + i).build());
      }
      return null;
    });
    List<String> reread = new ArrayList<>();
    catalog().forEachDocument(d -> reread.add(catalog().document(d.requireId(), editor()).orElseThrow().title()));
    assertThat(reread).hasSize(1200).startsWith("Document 0");
  }

  @Test
  default void answersWhetherItIsHealthy() {
    assertThat(catalog().isHealthy()).isTrue();
  }

  @Test
  default void describesACollectionAndListsItsDocumentsInTheCuratorsOrder() {
    for (String title : List.of("First letter", "Second letter", "Third letter")) {
      save(Document.titled(title).collections(List.of(CollectionRef.titled("Gilan Republic"))).build());
    }
    save(Document.titled("Theme document").collections(List.of(CollectionRef.titled("Iran and the Soviet Union"))).build());
    String gilan = stored("1").collections().get(0).id().orElseThrow();
    String iran = stored("4").collections().get(0).id().orElseThrow();
    catalog().write(Change.by("editor:anna", null), w -> {
      w.describe(new CollectionDescription(gilan, "The Gilan Republic, 1920-1921", Optional.of("It *began* in Rasht."),
          Optional.of(iran), List.of(id("3"), id("1"))));
      return null;
    });
    assertThat(catalog().description(gilan)).hasValueSatisfying(d -> {
      assertThat(d.title()).isEqualTo("The Gilan Republic, 1920-1921");
      assertThat(d.introduction()).contains("It *began* in Rasht.");
      assertThat(d.within()).contains(iran);
    });
    Page<Document> curated = catalog().browse(Browse.all().inCollection(gilan).orderedBy(Browse.Order.CURATED), reader());
    assertThat(curated.items()).extracting(Document::title).containsExactly("Third letter", "First letter", "Second letter");
    assertThat(catalog().collectionsWithin(iran, reader())).extracting(CollectionSummary::id).containsExactly(gilan);
    assertThatThrownBy(() -> catalog().write(Change.by("t", null), w -> {
      w.describe(new CollectionDescription(iran, "Iran", Optional.empty(), Optional.of(gilan), List.of()));
      return null;
    })).isInstanceOf(InvalidInputException.class).hasMessageContaining("which is within it");
  }
}

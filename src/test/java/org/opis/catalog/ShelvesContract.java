package org.opis.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opis.catalog.CatalogFixture.day;
import static org.opis.catalog.CatalogFixture.years;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.opis.authority.AgentRef;
import org.opis.record.CollectionRef;
import org.opis.record.Document;
import org.opis.record.DocumentId;
import org.opis.record.Visibility;

/**
 * Lists of one collection's documents and of the documents naming one person: the same documents,
 * in the same order, as the list of every document keeps of them, for every viewer, order and
 * filter, after documents moved between collections, dates, names and who may see them. (Such a
 * list is read from copies of each document's columns kept beside its links; a save that left a
 * copy behind would show here.)
 */
public interface ShelvesContract extends CatalogFixture {
  List<String> COLLECTIONS = List.of("Iran", "Korea");
  List<String> PEOPLE = List.of("Stalin", "Lenin");

  @Test
  default void listsARecordsDocumentsAsTheListOfEveryDocumentHasThemAfterTheyChanged() {
    CatalogFixture.assumeStoredDatesCanBeRead();
    Random random = new Random(13);
    List<DocumentId> ids = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      ids.add(save(varied(Document.titled("Document " + i), random)).document().requireId());
      clock().advance(Duration.ofMinutes(random.nextInt(3)));
    }
    // a third saved again, changed: the lists must follow the latest version
    catalog().write(IMPORT, w -> {
      for (DocumentId id : ids.subList(0, 20)) {
        w.save(varied(stored(id.value()).toBuilder(), random));
      }
      return null;
    });
    List<Shelf> shelves = new ArrayList<>();
    for (String title : COLLECTIONS) {
      String id = title.toLowerCase(java.util.Locale.ROOT);
      shelves.add(new Shelf(b -> b.inCollection(id), d -> d.collections().stream()
          .anyMatch(c -> c.id().orElseThrow().equals(id))));
    }
    for (String person : PEOPLE) {
      String id = ids.stream().map(i -> stored(i.value())).flatMap(d -> d.creators().stream())
          .filter(a -> a.name().equals(person)).findFirst().orElseThrow().id().orElseThrow();
      shelves.add(new Shelf(b -> b.naming(id), d -> NamedAuthorities.in(d).all().contains(id)));
    }
    List<UnaryOperator<Browse>> filters = List.of(b -> b, b -> b.ofType("telegram"), b -> b.years(1918, 1921),
        b -> b.years(null, 1919).ofType("letter"));
    for (Viewer viewer : List.of(reader(), editor())) {
      List<Document> seen = all(Browse.all(), viewer);
      for (String title : COLLECTIONS) {
        String id = title.toLowerCase(java.util.Locale.ROOT);
        long in = seen.stream().filter(d -> d.collections().stream()
            .anyMatch(c -> c.id().orElseThrow().equals(id))).count();
        assertThat(catalog().collection(id, viewer)).as(id + " " + viewer)
            .contains(new CollectionSummary(id, title, in));
        assertThat(catalog().collections(viewer)).as(viewer.toString()).contains(new CollectionSummary(id, title, in));
      }
      for (Browse.Order order : Browse.Order.values()) {
        for (UnaryOperator<Browse> filter : filters) {
          List<Document> everything = all(filter.apply(Browse.all()).orderedBy(order), viewer);
          for (Shelf shelf : shelves) {
            Browse browse = shelf.of().apply(filter.apply(Browse.all()).orderedBy(order));
            List<String> expected = everything.stream().filter(shelf.holds()).map(ShelvesContract::id).toList();
            assertThat(all(browse, viewer).stream().map(ShelvesContract::id).toList()).as(browse + " " + viewer)
                .isEqualTo(expected);
            assertThat(catalog().browse(browse.page(1, 7), viewer).total()).as(browse + " " + viewer)
                .isEqualTo(expected.size());
          }
        }
      }
    }
  }

  /** A list of one record's documents, and whether a document (as stored) is on it. */
  record Shelf(UnaryOperator<Browse> of, Predicate<Document> holds) {}

  private static String id(Document d) {
    return d.requireId().value();
  }

  // every page of a list, seven to a page
  private List<Document> all(Browse browse, Viewer viewer) {
    List<Document> all = new ArrayList<>();
    for (int page = 1; ; page++) {
      List<Document> items = catalog().browse(browse.page(page, 7), viewer).items();
      all.addAll(items);
      if (items.size() < 7) {
        return all;
      }
    }
  }

  private static Document varied(org.opis.record.DocumentBuilder b, Random random) {
    List<CollectionRef> collections = new ArrayList<>();
    for (String title : COLLECTIONS) {
      if (random.nextInt(3) > 0) {
        collections.add(CollectionRef.titled(title));
      }
    }
    List<AgentRef> creators = new ArrayList<>();
    for (String person : PEOPLE) {
      if (random.nextInt(3) > 0) {
        creators.add(AgentRef.person(person));
      }
    }
    Visibility[] visibilities = {Visibility.PUBLIC, Visibility.PUBLIC, Visibility.RESTRICTED,
        Visibility.embargoedUntil(LocalDate.of(2020, 1, 1)), Visibility.embargoedUntil(LocalDate.of(2040, 1, 1))};
    int year = 1915 + random.nextInt(10);
    return b.type(List.of("telegram", "letter", "report").get(random.nextInt(3)))
        .date(switch (random.nextInt(4)) {
          case 0 -> null;
          case 1 -> years(year, year + random.nextInt(3));
          default -> day(year, 1 + random.nextInt(2), 1 + random.nextInt(2));
        })
        .collections(collections)
        .creators(creators)
        .visibility(visibilities[random.nextInt(visibilities.length)])
        .build();
  }
}

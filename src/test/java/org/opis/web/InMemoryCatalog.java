package org.opis.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.opis.authority.Agent;
import org.opis.authority.Place;
import org.opis.catalog.Browse;
import org.opis.catalog.Catalog;
import org.opis.catalog.CatalogWriter;
import org.opis.catalog.Change;
import org.opis.catalog.CollectionSummary;
import org.opis.catalog.Holdings;
import org.opis.catalog.Page;
import org.opis.catalog.Revision;
import org.opis.catalog.Saved;
import org.opis.catalog.Viewer;
import org.opis.record.CollectionRef;
import org.opis.record.Document;
import org.opis.record.DocumentId;

/**
 * A catalog held in memory, standing in for the SQL catalog until it lands: it keeps the
 * visibility rules, filters, orders and counts of the {@link Catalog} contract, and nothing
 * else (no revisions, no authority resolution).
 */
final class InMemoryCatalog implements Catalog {
  private final Map<DocumentId, Document> documents = new LinkedHashMap<>();
  private final Map<String, String> collectionIds = new LinkedHashMap<>();
  private volatile boolean healthy = true;
  private int lastId;

  void healthy(boolean value) {
    healthy = value;
  }

  @Override
  public synchronized <T> T write(Change change, Function<CatalogWriter, T> work) {
    return work.apply(new CatalogWriter() {
      @Override
      public Saved save(Document document) {
        DocumentId id = document.id().orElseGet(() -> new DocumentId(Integer.toString(++lastId)));
        List<CollectionRef> collections = document.collections().stream()
            .map(c -> new CollectionRef(c.title(), Optional.of(c.id().orElseGet(() -> collectionId(c.title())))))
            .toList();
        Instant now = Instant.parse("2024-01-01T00:00:00Z").plusSeconds(documents.size() * 60L);
        Document saved = document.toBuilder().id(id).collections(collections)
            .uploaded(document.uploaded().orElse(now)).modified(document.modified().orElse(now)).build();
        documents.put(id, saved);
        return new Saved(saved, Saved.Outcome.CREATED, 1);
      }

      @Override
      public void save(Agent agent) {}

      @Override
      public void save(Place place) {}
    });
  }

  private String collectionId(String title) {
    return collectionIds.computeIfAbsent(title, t -> "c" + (collectionIds.size() + 1));
  }

  @Override
  public synchronized Optional<Document> document(DocumentId id, Viewer viewer) {
    return Optional.ofNullable(documents.get(id)).filter(visibleTo(viewer));
  }

  @Override
  public synchronized Page<Document> browse(Browse browse, Viewer viewer) {
    List<Document> all = visible(viewer)
        .filter(d -> browse.fromYear().isEmpty() || d.date().isPresent() && d.date().get().latest().getYear() >= browse.fromYear().get())
        .filter(d -> browse.toYear().isEmpty() || d.date().isPresent() && d.date().get().earliest().getYear() <= browse.toYear().get())
        .filter(d -> browse.type().isEmpty() || d.type().equals(browse.type()))
        .filter(d -> browse.collection().isEmpty()
            || d.collections().stream().anyMatch(c -> c.id().equals(browse.collection())))
        .sorted(order(browse.order()))
        .toList();
    long from = (long) (browse.page() - 1) * browse.size();
    List<Document> items = from >= all.size()
        ? List.of()
        : all.subList((int) from, (int) Math.min(all.size(), from + browse.size()));
    return new Page<>(items, all.size(), browse.page(), browse.size());
  }

  private static Comparator<Document> order(Browse.Order order) {
    Comparator<Document> undatedLast = Comparator.comparing(d -> d.date().isEmpty());
    switch (order) {
      case DATE_DESCENDING:
        return undatedLast.thenComparing(d -> d.date().map(x -> x.earliest()).orElse(null),
            Comparator.nullsLast(Comparator.reverseOrder()));
      case RECENTLY_ADDED:
        return Comparator.comparing((Document d) -> d.uploaded().orElseThrow()).reversed();
      default:
        return undatedLast.thenComparing(d -> d.date().map(x -> x.earliest()).orElse(null),
            Comparator.nullsLast(Comparator.naturalOrder()));
    }
  }

  @Override
  public synchronized Holdings holdings(Viewer viewer) {
    Map<String, Long> byType = visible(viewer)
        .collect(Collectors.groupingBy(d -> d.type().orElse(""), Collectors.counting()));
    Map<String, Long> typesByCount = new LinkedHashMap<>();
    byType.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(e -> typesByCount.put(e.getKey(), e.getValue()));
    Map<Integer, Long> byDecade = new LinkedHashMap<>();
    visible(viewer).filter(d -> d.date().isPresent()).map(d -> d.date().get().year() / 10 * 10).sorted()
        .forEach(decade -> byDecade.merge(decade, 1L, Long::sum));
    return new Holdings(visible(viewer).count(), typesByCount, byDecade);
  }

  @Override
  public synchronized List<CollectionSummary> collections(Viewer viewer) {
    List<CollectionSummary> all = new ArrayList<>();
    collectionIds.forEach((title, id) -> collection(id, viewer).filter(c -> c.documents() > 0).ifPresent(all::add));
    all.sort(Comparator.comparing(CollectionSummary::title));
    return all;
  }

  @Override
  public synchronized Optional<CollectionSummary> collection(String id, Viewer viewer) {
    return collectionIds.entrySet().stream().filter(e -> e.getValue().equals(id)).findFirst()
        .map(e -> new CollectionSummary(id, e.getKey(), visible(viewer)
            .filter(d -> d.collections().stream().anyMatch(c -> c.id().equals(Optional.of(id)))).count()));
  }

  private java.util.stream.Stream<Document> visible(Viewer viewer) {
    return documents.values().stream().filter(visibleTo(viewer));
  }

  private static Predicate<Document> visibleTo(Viewer viewer) {
    return d -> viewer.editor() || d.isPublicOn(viewer.today());
  }

  @Override
  public List<Revision> revisions(DocumentId id) {
    return List.of();
  }

  @Override
  public Optional<Document> revision(DocumentId id, int number) {
    return Optional.empty();
  }

  @Override
  public Optional<Agent> agent(String id) {
    return Optional.empty();
  }

  @Override
  public Optional<Place> place(String id) {
    return Optional.empty();
  }

  @Override
  public synchronized void forEachDocument(Consumer<Document> each) {
    documents.values().forEach(each);
  }

  @Override
  public void forEachAgent(Consumer<Agent> each) {}

  @Override
  public void forEachPlace(Consumer<Place> each) {}

  @Override
  public boolean isHealthy() {
    return healthy;
  }

  @Override
  public void close() {}
}

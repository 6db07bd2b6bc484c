package org.opis.catalog.sql;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.opis.catalog.CollectionSummary;
import org.opis.catalog.Slug;
import org.opis.catalog.Viewer;
import org.opis.record.CollectionRef;

/**
 * The {@code collection} table: the collections and themes documents belong to, found by
 * identifier or by title, and counted by the documents a viewer may see in them.
 */
final class CollectionTable {
  private CollectionTable() {}

  /** How titles are compared: "Iran and  the Soviet Union" is "IRAN AND THE SOVIET UNION". */
  static String titleKey(String title) {
    return Normalizer.normalize(title, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /**
   * The collection a document's reference names, created when new: by its identifier when it
   * has one, otherwise by its title; carrying the title as stored.
   */
  static CollectionRef resolve(Handle h, CollectionRef ref) {
    if (ref.id().isPresent()) {
      String id = ref.id().get();
      Optional<String> title = title(h, id);
      if (title.isPresent()) {
        return new CollectionRef(title.get(), Optional.of(id));
      }
      insert(h, id, ref.title());
      return ref;
    }
    Optional<CollectionRef> found = h.createQuery("SELECT id, title FROM collection WHERE title_key = :key ORDER BY id LIMIT 1")
        .bind("key", titleKey(ref.title()))
        .map((rs, ctx) -> new CollectionRef(rs.getString("title"), Optional.of(rs.getString("id"))))
        .findOne();
    if (found.isPresent()) {
      return found.get();
    }
    String id = Slug.unique(Slug.of(ref.title(), "collection"), candidate -> exists(h, candidate));
    insert(h, id, ref.title());
    return new CollectionRef(ref.title(), Optional.of(id));
  }

  /** The collections with at least one document the viewer may see, by title. */
  static List<CollectionSummary> all(Handle h, Viewer viewer) {
    return summaries(h, viewer).stream()
        .sorted(Comparator.comparing(CollectionSummary::title, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(CollectionSummary::id))
        .toList();
  }

  /** One collection, however few of its documents the viewer may see. */
  static Optional<CollectionSummary> one(Handle h, String id, Viewer viewer) {
    Optional<String> title = title(h, id);
    if (title.isEmpty()) {
      return Optional.empty();
    }
    // from the links' own copies of who may see each document, in their index
    long documents = Visible.bind(h.createQuery("SELECT count(*) FROM document_collection l"
            + " WHERE l.collection_id = :id AND " + Visible.to(viewer, "l")), viewer)
        .bind("id", id).mapTo(Long.class).one();
    return Optional.of(new CollectionSummary(id, title.get(), documents));
  }

  // every document of each collection less those the viewer may not see (Visible.hiddenPerRecord)
  private static List<CollectionSummary> summaries(Handle h, Viewer viewer) {
    Map<String, Long> hidden = Visible.hiddenPerRecord(h, viewer, LinkTable.COLLECTION);
    // counted from the index of documents by collection, then named: grouped by the collection's
    // title as well, SQLite counted each collection's range of the index apart, ten times slower
    return h.createQuery("SELECT c.id, c.title, n.documents FROM collection c JOIN (SELECT dc.collection_id,"
            + " count(*) AS documents FROM document_collection dc GROUP BY dc.collection_id) n"
            + " ON n.collection_id = c.id")
        .map((rs, ctx) -> new CollectionSummary(rs.getString("id"), rs.getString("title"),
            rs.getLong("documents") - hidden.getOrDefault(rs.getString("id"), 0L)))
        .stream().filter(c -> c.documents() > 0).toList();
  }

  private static boolean exists(Handle h, String id) {
    return h.createQuery("SELECT count(*) FROM collection WHERE id = :id").bind("id", id).mapTo(Long.class).one() > 0;
  }

  /** The collection's title; empty when there is no such collection. */
  static Optional<String> title(Handle h, String id) {
    return h.createQuery("SELECT title FROM collection WHERE id = :id").bind("id", id).mapTo(String.class).findOne();
  }

  static void insert(Handle h, String id, String title) {
    h.createUpdate("INSERT INTO collection (id, title, title_key) VALUES (:id, :title, :key)")
        .bind("id", id).bind("title", title).bind("key", titleKey(title)).execute();
  }
}

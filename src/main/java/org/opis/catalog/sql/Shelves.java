package org.opis.catalog.sql;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.opis.catalog.Browse;
import org.opis.catalog.Holdings;
import org.opis.catalog.Stamp;
import org.opis.catalog.Viewer;
import org.opis.record.DocumentId;

/**
 * Lists of documents as a reader browses them, and the counts of what the archive holds, always
 * limited to what the viewer may see.
 */
final class Shelves {
  private Shelves() {}

  /** The canonical JSON of one page of documents, and how many there are on all pages. */
  record Listed(List<String> json, long total) {}

  static Listed browse(Handle h, Browse browse, Viewer viewer) {
    // a list of one collection's or one record's documents is read from its shelf (l), which keeps
    // the copies it sorts and filters on; every other list from the document table (d)
    Optional<LinkTable> shelf = LinkTable.of(browse);
    String a = shelf.isPresent() ? "l" : "d";
    String document = shelf.isPresent() ? "l.document_id" : "d.id";
    List<String> conditions = new ArrayList<>(List.of(Visible.to(viewer, a)));
    Map<String, Object> values = new LinkedHashMap<>();
    browse.fromYear().ifPresent(year -> {
      conditions.add(a + ".latest_day >= :from_day");
      values.put("from_day", LocalDate.of(year, 1, 1).toEpochDay());
    });
    browse.toYear().ifPresent(year -> {
      conditions.add(a + ".earliest_day <= :to_day");
      values.put("to_day", LocalDate.of(year, 12, 31).toEpochDay());
    });
    browse.collection().ifPresent(id -> {
      // as a list of the collection's documents, which SQLite reads from the collection's index;
      // asked of each document in turn (EXISTS), it read every row of the catalog
      conditions.add(shelf.orElse(null) == LinkTable.COLLECTION ? "l.collection_id = :collection"
          : document + " IN (SELECT dc.document_id FROM document_collection dc WHERE dc.collection_id = :collection)");
      values.put("collection", id);
    });
    browse.naming().ifPresent(id -> {
      conditions.add(shelf.orElse(null) == LinkTable.NAMING ? "l.authority_id = :named"
          : document + " IN (SELECT da.document_id FROM document_authority da WHERE da.authority_id = :named)");
      values.put("named", id);
    });
    browse.type().ifPresent(type -> {
      conditions.add(a + ".type = :type");
      values.put("type", type);
    });
    String where = " WHERE " + String.join(" AND ", conditions);
    String from = shelf.map(s -> " FROM " + s.table() + " l").orElse(" FROM document d");
    long total = bound(h.createQuery("SELECT count(*)" + from + where), viewer, values).mapTo(Long.class).one();
    boolean curated = browse.order() == Browse.Order.CURATED && browse.collection().isPresent();
    String placed = curated
        ? " LEFT JOIN collection_order co ON co.document_id = " + document + " AND co.collection_id = :collection"
        : "";
    String orderBy = " ORDER BY " + (curated ? "CASE WHEN co.position IS NULL THEN 1 ELSE 0 END, co.position, " : "")
        + order(browse.order(), a) + " LIMIT :limit OFFSET :offset";
    Query page = bound(h.createQuery("SELECT " + (shelf.isPresent() ? document : "d.json") + from + placed + where
        + orderBy), viewer, values)
        .bind("limit", browse.size())
        .bind("offset", (long) (browse.page() - 1) * browse.size());
    return new Listed(shelf.isPresent() ? json(h, page.mapTo(String.class).list(), viewer)
        : page.mapTo(String.class).list(), total);
  }

  // the records of a page read from a shelf, in its order: the shelf's copies sort them, and the
  // documents' rows are read for these alone (and asked again who may see them, should a save
  // have hidden one since)
  private static List<String> json(Handle h, List<String> ids, Viewer viewer) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<String, String> found = new HashMap<>();
    Visible.bind(h.createQuery("SELECT d.id, d.json FROM document d WHERE d.id IN (<ids>) AND " + Visible.to(viewer)),
            viewer)
        .bindList("ids", ids)
        .map((rs, ctx) -> Map.entry(rs.getString("id"), rs.getString("json")))
        .forEach(e -> found.put(e.getKey(), e.getValue()));
    return ids.stream().filter(found::containsKey).map(found::get).toList();
  }

  /** Identifiers and modification times of visible documents, in identifier order. */
  static List<Stamp> stamps(Handle h, Viewer viewer, long offset, int limit) {
    return Visible.bind(h.createQuery("SELECT d.id, d.modified FROM document d WHERE " + Visible.to(viewer)
            + " ORDER BY d.order_key LIMIT :limit OFFSET :offset"), viewer)
        .bind("limit", limit)
        .bind("offset", offset)
        .map((rs, ctx) -> new Stamp(new DocumentId(rs.getString("id")), instant(rs.getLong("modified"))))
        .list();
  }

  private static Instant instant(long micros) {
    return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
  }

  // one pass over the index of the documents' access, type and decade, which holds them all:
  // at a million documents each pass takes a fifth of a second, and the counts came from three
  static Holdings holdings(Handle h, Viewer viewer) {
    List<Group> groups = Visible.bind(h.createQuery("SELECT coalesce(d.type, '') AS term, d.decade, count(*) AS n"
            + " FROM document d WHERE " + Visible.to(viewer) + " GROUP BY coalesce(d.type, ''), d.decade"), viewer)
        .map((rs, ctx) -> {
          int decade = rs.getInt("decade");
          Optional<Integer> dated = rs.wasNull() ? Optional.empty() : Optional.of(decade);
          return new Group(rs.getString("term"), dated, rs.getLong("n"));
        })
        .list();
    Map<String, Long> types = new HashMap<>();
    Map<Integer, Long> decades = new TreeMap<>();
    for (Group g : groups) {
      types.merge(g.type(), g.documents(), Long::sum);
      g.decade().ifPresent(d -> decades.merge(d, g.documents(), Long::sum));
    }
    Map<String, Long> byType = new LinkedHashMap<>();
    types.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> byType.put(e.getKey(), e.getValue()));
    return new Holdings(groups.stream().mapToLong(Group::documents).sum(), byType, new LinkedHashMap<>(decades));
  }

  /** How many documents the viewer sees of one type (empty for none) and decade. */
  private record Group(String type, Optional<Integer> decade, long documents) {}

  // undated documents last in both date orders; ties in identifier order
  private static String order(Browse.Order order, String a) {
    String undatedLast = "CASE WHEN " + a + ".earliest_day IS NULL THEN 1 ELSE 0 END, ";
    switch (order) {
      case DATE_ASCENDING:
      case CURATED:
        return undatedLast + a + ".earliest_day, " + a + ".latest_day, " + a + ".order_key";
      case DATE_DESCENDING:
        return undatedLast + a + ".earliest_day DESC, " + a + ".latest_day DESC, " + a + ".order_key";
      case RECENTLY_ADDED:
        return a + ".uploaded DESC, " + a + ".order_key DESC";
      default:
        throw new IllegalArgumentException("no such order: " + order);
    }
  }

  private static Query bound(Query query, Viewer viewer, Map<String, Object> values) {
    values.forEach(query::bind);
    return Visible.bind(query, viewer);
  }
}

package org.opis.catalog.sql;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.opis.canonical.CanonicalJson;
import org.opis.catalog.Harvest;
import org.opis.catalog.Harvested;
import org.opis.catalog.Viewer;
import org.opis.record.Document;
import org.opis.record.DocumentId;

/**
 * What harvesters list: public documents by their published stamp and withdrawn ones by their
 * withdrawn stamp (see {@link HarvestStamps}), in the order of (datestamp, identifier), so that a
 * page can start after the last record of the one before whatever was saved in between.
 */
final class Harvests {
  private Harvests() {}

  static Harvest.Listed list(Handle h, Harvest harvest) {
    String visible = Visible.to(Viewer.publicOn(harvest.today()));
    String stamp = stamp(visible);
    List<String> conditions = new ArrayList<>(List.of(listed(visible), stamp + " < :until"));
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("until", DocumentRow.micros(harvest.until()));
    harvest.from().ifPresent(from -> {
      conditions.add(stamp + " >= :from");
      values.put("from", DocumentRow.micros(from));
    });
    // a set narrows the public records; every withdrawn one in the range is reported to every set
    harvest.selection().ifPresent(selection -> {
      conditions.add("(NOT " + visible + " OR " + selected(selection) + ")");
      selection.value().ifPresent(value -> values.put("selected", value));
    });
    String where = " WHERE " + String.join(" AND ", conditions);
    long total = bound(h.createQuery("SELECT count(*) FROM document d" + where), harvest, values)
        .mapTo(Long.class).one();
    String page = where;
    Map<String, Object> pageValues = new LinkedHashMap<>(values);
    harvest.after().ifPresent(after -> {
      pageValues.put("after_stamp", DocumentRow.micros(after.datestamp()));
      pageValues.put("after_key", DocumentRow.orderKey(after.id()));
    });
    if (harvest.after().isPresent()) {
      page += " AND (" + stamp + " > :after_stamp OR (" + stamp + " = :after_stamp AND d.order_key > :after_key))";
    }
    List<Harvested> records = bound(h.createQuery("SELECT d.id, " + visible + " AS shown, " + stamp + " AS stamp,"
            + " d.json FROM document d" + page + " ORDER BY stamp, d.order_key LIMIT :limit"), harvest, pageValues)
        .bind("limit", harvest.limit())
        .map((rs, ctx) -> harvested(rs.getString("id"), rs.getBoolean("shown"), rs.getLong("stamp"), rs.getString("json")))
        .list();
    return new Harvest.Listed(followable(h, records, Viewer.publicOn(harvest.today())), total);
  }

  static Optional<Harvested> one(Handle h, DocumentId id, LocalDate today) {
    Viewer viewer = Viewer.publicOn(today);
    String visible = Visible.to(viewer);
    return Visible.bind(h.createQuery("SELECT d.id, " + visible + " AS shown, " + stamp(visible) + " AS stamp, d.json"
            + " FROM document d WHERE d.id = :id AND " + listed(visible)), viewer)
        .bind("id", id.value())
        .map((rs, ctx) -> harvested(rs.getString("id"), rs.getBoolean("shown"), rs.getLong("stamp"), rs.getString("json")))
        .findOne()
        .map(record -> followable(h, List.of(record), viewer).get(0));
  }

  static Optional<Instant> earliest(Handle h, LocalDate today) {
    Viewer viewer = Viewer.publicOn(today);
    String visible = Visible.to(viewer);
    return Visible.bind(h.createQuery("SELECT min(" + stamp(visible) + ") FROM document d WHERE " + listed(visible)), viewer)
        .mapTo(Long.class)
        .findOne()
        .map(Harvests::instant);
  }

  private static String selected(Harvest.Selection selection) {
    boolean one = selection.value().isPresent();
    switch (selection.kind()) {
      case COLLECTION:
        return "EXISTS (SELECT 1 FROM document_collection dc WHERE dc.document_id = d.id"
            + (one ? " AND dc.collection_id = :selected)" : ")");
      case TYPE:
        return one ? "d.type = :selected" : "d.type IS NOT NULL";
      default:
        throw new IllegalArgumentException("no such selection: " + selection);
    }
  }

  // public documents, and those public once and hidden since
  private static String listed(String visible) {
    return "(" + visible + " OR d.withdrawn_stamp IS NOT NULL)";
  }

  private static String stamp(String visible) {
    return "(CASE WHEN " + visible + " THEN d.published_stamp ELSE d.withdrawn_stamp END)";
  }

  // a harvester follows dc:relation to the related documents: only to those it may harvest
  private static List<Harvested> followable(Handle h, List<Harvested> records, Viewer viewer) {
    List<Document> shown = records.stream().flatMap(r -> r.document().stream()).toList();
    Map<DocumentId, Document> followable = new HashMap<>();
    Followable.relations(h, shown, viewer).forEach(d -> followable.put(d.requireId(), d));
    return records.stream().map(r -> r.document().isEmpty() ? r
        : new Harvested(r.id(), r.datestamp(), Optional.of(followable.get(r.id())))).toList();
  }

  private static Harvested harvested(String id, boolean shown, long stamp, String json) {
    return new Harvested(new DocumentId(id), instant(stamp),
        shown ? Optional.of(CanonicalJson.readStored(json)) : Optional.empty());
  }

  private static Instant instant(long micros) {
    return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
  }

  private static Query bound(Query query, Harvest harvest, Map<String, Object> values) {
    values.forEach(query::bind);
    return Visible.bind(query, Viewer.publicOn(harvest.today()));
  }
}

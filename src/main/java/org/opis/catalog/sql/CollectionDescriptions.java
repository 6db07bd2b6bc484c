package org.opis.catalog.sql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.opis.catalog.CollectionDescription;
import org.opis.problem.InvalidInputException;
import org.opis.problem.NotFoundException;
import org.opis.record.DocumentId;

/** The curator's side of the {@code collection} table: introduction, nesting and order. */
final class CollectionDescriptions {
  private static final int LONGEST_INTRODUCTION = 200_000;
  private static final int LONGEST_TITLE = 1_000;

  private CollectionDescriptions() {}

  static Optional<CollectionDescription> of(Handle h, String id) {
    List<DocumentId> order = h.createQuery("SELECT document_id FROM collection_order WHERE collection_id = :id"
            + " ORDER BY position").bind("id", id).map((rs, ctx) -> new DocumentId(rs.getString(1))).list();
    return h.createQuery("SELECT title, introduction, within_id FROM collection WHERE id = :id").bind("id", id)
        .map((rs, ctx) -> new CollectionDescription(id, rs.getString(1), Optional.ofNullable(rs.getString(2)),
            Optional.ofNullable(rs.getString(3)), order))
        .findOne();
  }

  /** The documents in a collection, whoever may see them, by identifier. */
  static List<DocumentId> documents(Handle h, String id) {
    return h.createQuery("SELECT document_id FROM document_collection WHERE collection_id = :id ORDER BY document_id")
        .bind("id", id).map((rs, ctx) -> new DocumentId(rs.getString(1))).list();
  }

  /** The identifiers of the collections directly within this one, by title. */
  static List<String> within(Handle h, String id) {
    return h.createQuery("SELECT id FROM collection WHERE within_id = :id ORDER BY title_key, id").bind("id", id)
        .mapTo(String.class).list();
  }

  static void describe(Handle h, CollectionDescription d) {
    if (of(h, d.id()).isEmpty()) {
      throw new NotFoundException("there is no collection \"" + d.id() + "\" in this archive");
    }
    requireTitle(d);
    if (d.introduction().map(String::length).orElse(0) > LONGEST_INTRODUCTION) {
      throw new InvalidInputException("the introduction has more than " + LONGEST_INTRODUCTION + " characters");
    }
    if (d.within().isPresent()) {
      requireNoLoop(h, d.id(), d.within().get());
    }
    h.createUpdate("UPDATE collection SET title = :title, title_key = :key, introduction = :intro, within_id = :within"
            + " WHERE id = :id")
        .bind("id", d.id()).bind("title", d.title().strip()).bind("key", CollectionTable.titleKey(d.title()))
        .bind("intro", d.introduction().filter(i -> !i.isBlank()).orElse(null)).bind("within", d.within().orElse(null))
        .execute();
    h.createUpdate("DELETE FROM collection_order WHERE collection_id = :id").bind("id", d.id()).execute();
    Set<DocumentId> placed = new HashSet<>();
    int position = 0;
    for (DocumentId document : d.order()) {
      if (placed.add(document)) {
        h.createUpdate("INSERT INTO collection_order (collection_id, document_id, position) VALUES (:c, :d, :p)")
            .bind("c", d.id()).bind("d", document.value()).bind("p", position++).execute();
      }
    }
  }

  /** Describes a collection, first creating it when no document has. */
  static void restore(Handle h, CollectionDescription d) {
    if (CollectionTable.title(h, d.id()).isEmpty()) {
      requireTitle(d);
      CollectionTable.insert(h, d.id(), d.title().strip());
    }
    describe(h, d);
  }

  private static void requireTitle(CollectionDescription d) {
    if (d.title().isBlank()) {
      throw new InvalidInputException("a collection needs a title");
    }
    // every document of the collection keeps a copy of its title, which a document's reader limits
    if (d.title().strip().length() > LONGEST_TITLE) {
      throw new InvalidInputException("the title has " + d.title().strip().length() + " characters; a collection's"
          + " title has at most " + LONGEST_TITLE);
    }
  }

  /** Every collection's description, each after the one it is within (then by identifier). */
  static List<CollectionDescription> all(Handle h) {
    Map<String, CollectionDescription> byId = new LinkedHashMap<>();
    for (String id : h.createQuery("SELECT id FROM collection ORDER BY id").mapTo(String.class).list()) {
      of(h, id).ifPresent(d -> byId.put(id, d));
    }
    List<CollectionDescription> ordered = new ArrayList<>();
    Set<String> placed = new HashSet<>();
    byId.values().forEach(d -> place(d, byId, placed, ordered));
    return ordered;
  }

  private static void place(CollectionDescription d, Map<String, CollectionDescription> byId, Set<String> placed,
      List<CollectionDescription> ordered) {
    if (!placed.add(d.id())) {
      return;
    }
    d.within().map(byId::get).ifPresent(outer -> place(outer, byId, placed, ordered));
    ordered.add(d);
  }

  // a theme cannot end up within itself, however many steps away
  private static void requireNoLoop(Handle h, String id, String within) {
    Set<String> seen = new HashSet<>(Set.of(id));
    Optional<String> next = Optional.of(within);
    while (next.isPresent()) {
      if (!seen.add(next.get())) {
        throw new InvalidInputException("\"" + id + "\" cannot be within \"" + within + "\", which is within it");
      }
      String at = next.get();
      Optional<CollectionDescription> outer = of(h, at);
      if (outer.isEmpty()) {
        throw new InvalidInputException("there is no collection \"" + at + "\" to put \"" + id + "\" within");
      }
      next = outer.get().within();
    }
  }
}

package org.opis.catalog.sql;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.opis.catalog.CatalogChange;
import org.opis.catalog.Change;
import org.opis.catalog.Revision;
import org.opis.catalog.SavedVersion;

/**
 * The {@code revision} and {@code outbox} tables: every saved version of a record, and the
 * ordered list of changes that derived stores catch up from. Both are written together, in the
 * transaction that saves the record, so neither can miss a change the other has.
 */
final class Revisions {
  /** The kinds of record, as written in the {@code record_kind} columns. */
  static final String DOCUMENT = CatalogChange.DOCUMENT;
  static final String AGENT = CatalogChange.AGENT;
  static final String PLACE = CatalogChange.PLACE;

  private Revisions() {}

  /** Stores revision {@code number} of a record and announces it in the outbox. */
  static void record(Handle h, String kind, String id, int number, Instant at, Change change, String json) {
    h.createUpdate("INSERT INTO revision (record_kind, record_id, number, saved_at, author, comment, json)"
            + " VALUES (:kind, :id, :number, :at, :author, :comment, :json)")
        .bind("kind", kind)
        .bind("id", id)
        .bind("number", number)
        .bind("at", at.toString())
        .bind("author", change.author())
        .bind("comment", change.comment().orElse(null))
        .bind("json", json)
        .execute();
    h.createUpdate("INSERT INTO outbox (record_kind, record_id, revision) VALUES (:kind, :id, :number)")
        .bind("kind", kind)
        .bind("id", id)
        .bind("number", number)
        .execute();
  }

  /** Who saved each revision of a record, when and why, oldest first. */
  static List<Revision> of(Handle h, String kind, String id) {
    return h.createQuery("SELECT number, saved_at, author, comment FROM revision"
            + " WHERE record_kind = :kind AND record_id = :id ORDER BY number")
        .bind("kind", kind)
        .bind("id", id)
        .map((rs, ctx) -> new Revision(
            rs.getInt("number"),
            Instant.parse(rs.getString("saved_at")),
            rs.getString("author"),
            Optional.ofNullable(rs.getString("comment"))))
        .list();
  }

  /** The canonical JSON of one revision of a record. */
  static Optional<String> json(Handle h, String kind, String id, int number) {
    return h.createQuery("SELECT json FROM revision WHERE record_kind = :kind AND record_id = :id AND number = :number")
        .bind("kind", kind)
        .bind("id", id)
        .bind("number", number)
        .mapTo(String.class)
        .findOne();
  }

  /** The revision each change announces, whole, in the order given; one that does not exist is left out. */
  static List<SavedVersion> saved(Handle h, List<CatalogChange> changes) {
    List<SavedVersion> saved = new ArrayList<>(changes.size());
    try (var query = h.createQuery("SELECT saved_at, author, comment, json FROM revision"
        + " WHERE record_kind = :kind AND record_id = :id AND number = :number")) {
      for (CatalogChange c : changes) {
        query.bind("kind", c.kind()).bind("id", c.id()).bind("number", c.revision())
            .map((rs, ctx) -> new SavedVersion(c, new Revision(c.revision(), Instant.parse(rs.getString("saved_at")),
                rs.getString("author"), Optional.ofNullable(rs.getString("comment"))), rs.getString("json")))
            .findOne().ifPresent(saved::add);
      }
    }
    return saved;
  }

  /** Up to {@code limit} outbox entries after {@code position}, in order. */
  static List<CatalogChange> after(Handle h, long position, int limit) {
    return h.createQuery("SELECT position, record_kind, record_id, revision FROM outbox"
            + " WHERE position > :position ORDER BY position LIMIT :limit")
        .bind("position", position)
        .bind("limit", limit)
        .map((rs, ctx) -> new CatalogChange(
            rs.getLong("position"), rs.getString("record_kind"), rs.getString("record_id"), rs.getInt("revision")))
        .list();
  }

  /** The position of the newest outbox entry; 0 when there is none. */
  static long newest(Handle h) {
    return h.createQuery("SELECT COALESCE(MAX(position), 0) FROM outbox").mapTo(Long.class).one();
  }
}

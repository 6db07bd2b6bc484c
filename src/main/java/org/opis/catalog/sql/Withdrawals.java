package org.opis.catalog.sql;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.opis.catalog.Withdrawal;
import org.opis.record.DocumentId;

/** The {@code withdrawal} table: the documents withdrawn now, and why. */
final class Withdrawals {
  private Withdrawals() {}

  static void withdraw(Handle h, DocumentId id, Instant at, String author, String reason) {
    end(h, id);
    h.createUpdate("INSERT INTO withdrawal (document_id, withdrawn_at, author, reason) VALUES (:id, :at, :author, :reason)")
        .bind("id", id.value()).bind("at", at.toString()).bind("author", author).bind("reason", reason).execute();
  }

  static void end(Handle h, DocumentId id) {
    h.createUpdate("DELETE FROM withdrawal WHERE document_id = :id").bind("id", id.value()).execute();
  }

  static Optional<Withdrawal> of(Handle h, DocumentId id) {
    return h.createQuery("SELECT withdrawn_at, author, reason FROM withdrawal WHERE document_id = :id")
        .bind("id", id.value())
        .map((rs, ctx) -> new Withdrawal(Instant.parse(rs.getString(1)), rs.getString(2), rs.getString(3)))
        .findOne();
  }

  // a document that was public once has the stamp of when it stopped being so, for harvesters
  static Optional<Withdrawal> tombstone(Handle h, DocumentId id) {
    return h.createQuery("SELECT w.withdrawn_at, w.author, w.reason FROM withdrawal w JOIN document d"
            + " ON d.id = w.document_id WHERE w.document_id = :id AND d.withdrawn_stamp IS NOT NULL")
        .bind("id", id.value())
        .map((rs, ctx) -> new Withdrawal(Instant.parse(rs.getString(1)), rs.getString(2), rs.getString(3)))
        .findOne();
  }
}

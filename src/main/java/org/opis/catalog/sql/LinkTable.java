package org.opis.catalog.sql;

import java.util.Collection;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.opis.catalog.Browse;

/**
 * A table of links from documents to the records that gather them, a collection or an authority
 * record, which also keeps a copy of what lists of a record's documents sort and filter on: the
 * document's type, dates, order key, access, embargo and upload time (migration 13). A collection
 * or a place of a few hundred thousand documents is then counted and paged from the link table's
 * own indexes; reading each linked document's row for its date and access took 15 to 52 seconds at
 * a million documents (BENCHMARKS.md). Every save rewrites a document's links, so the copies are
 * never older than the document's row.
 *
 * @param table the link table
 * @param column its column of the record's identifier
 */
record LinkTable(String table, String column) {
  /** The documents of each collection ({@code document_collection}). */
  static final LinkTable COLLECTION = new LinkTable("document_collection", "collection_id");

  /** The documents naming each person, organisation or place ({@code document_authority}). */
  static final LinkTable NAMING = new LinkTable("document_authority", "authority_id");

  /** The columns copied from the document's row, under the same names. */
  static final String COPIES = "type, earliest_day, latest_day, order_key, access, embargo_until, uploaded";

  /** The links a list is read from: the collection's when it names one, else the record's, if any. */
  static Optional<LinkTable> of(Browse browse) {
    return browse.collection().isPresent() ? Optional.of(COLLECTION)
        : browse.naming().map(id -> NAMING);
  }

  /** Links the document to exactly these records, with a copy of its row as it is now saved. */
  void place(Handle h, DocumentRow row, Collection<String> records, boolean isNew) {
    if (!isNew) {
      h.createUpdate("DELETE FROM " + table + " WHERE document_id = :id").bind("id", row.id()).execute();
    }
    if (records.isEmpty()) {
      return;
    }
    PreparedBatch batch = h.prepareBatch("INSERT INTO " + table + " (document_id, " + column + ", " + COPIES
        + ") VALUES (:document, :record, :type, :earliestDay, :latestDay, :orderKey, :access, :embargoUntil,"
        + " :uploaded)");
    for (String record : records) {
      batch.bind("document", row.id())
          .bind("record", record)
          .bind("type", row.type())
          .bind("earliestDay", row.earliestDay())
          .bind("latestDay", row.latestDay())
          .bind("orderKey", row.orderKey())
          .bind("access", row.access())
          .bind("embargoUntil", row.embargoUntil())
          .bind("uploaded", row.uploaded())
          .add();
    }
    batch.execute();
  }
}

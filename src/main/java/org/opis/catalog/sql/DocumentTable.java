package org.opis.catalog.sql;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;
import org.opis.catalog.Viewer;
import org.opis.record.DocumentId;

/** The {@code document} table. */
final class DocumentTable {
  private static final String COLUMNS = "id, order_key, revision, fingerprint, title, type, earliest_day, latest_day,"
      + " decade, access, embargo_until, uploaded, modified, published_stamp, withdrawn_stamp, json";

  private DocumentTable() {}

  /**
   * A document as stored: its current revision's number and canonical JSON, and when it was last
   * withdrawn from the public, in microseconds.
   */
  record Stored(DocumentId id, int revision, String json, Optional<Long> withdrawn) {}

  private static final String STORED = "id, revision, json, withdrawn_stamp";

  private static Stored stored(java.sql.ResultSet rs) throws java.sql.SQLException {
    long stamp = rs.getLong("withdrawn_stamp");
    // asked at once: wasNull speaks of the column read last
    Optional<Long> withdrawn = rs.wasNull() ? Optional.empty() : Optional.of(stamp);
    return new Stored(new DocumentId(rs.getString("id")), rs.getInt("revision"), rs.getString("json"), withdrawn);
  }

  static Optional<Stored> find(Handle h, DocumentId id) {
    return h.createQuery("SELECT " + STORED + " FROM document WHERE id = :id")
        .bind("id", id.value())
        .map((rs, ctx) -> stored(rs))
        .findOne();
  }

  /** Those of these documents that exist, in no particular order. */
  static List<Stored> findAll(Handle h, List<DocumentId> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return h.createQuery("SELECT " + STORED + " FROM document WHERE id IN (<ids>)")
        .bindList("ids", ids.stream().map(DocumentId::value).toList())
        .map((rs, ctx) -> stored(rs))
        .list();
  }

  /** The first document, in identifier order, with this fingerprint. */
  static Optional<Stored> findByFingerprint(Handle h, String fingerprint) {
    return h.createQuery("SELECT " + STORED + " FROM document WHERE fingerprint = :fingerprint"
            + " ORDER BY order_key LIMIT 1")
        .bind("fingerprint", fingerprint)
        .map((rs, ctx) -> stored(rs))
        .findOne();
  }

  /** The canonical JSON of a document, if it exists and the viewer may see it. */
  static Optional<String> visibleJson(Handle h, DocumentId id, Viewer viewer) {
    return Visible.bind(h.createQuery("SELECT json FROM document d WHERE d.id = :id AND " + Visible.to(viewer)), viewer)
        .bind("id", id.value())
        .mapTo(String.class)
        .findOne();
  }

  static void insert(Handle h, DocumentRow row, int revision, String json, HarvestStamps stamps) {
    bind(h.createUpdate("INSERT INTO document (" + COLUMNS + ") VALUES (:id, :orderKey, :revision, :fingerprint,"
        + " :title, :type, :earliestDay, :latestDay, :decade, :access, :embargoUntil, :uploaded, :modified,"
        + " :published, :withdrawn, :json)"),
        row, revision, json, stamps).execute();
  }

  static void update(Handle h, DocumentRow row, int revision, String json, HarvestStamps stamps) {
    bind(h.createUpdate("UPDATE document SET revision = :revision, fingerprint = :fingerprint, title = :title,"
        + " type = :type, earliest_day = :earliestDay, latest_day = :latestDay, decade = :decade, access = :access,"
        + " embargo_until = :embargoUntil, uploaded = :uploaded, modified = :modified, published_stamp = :published,"
        + " withdrawn_stamp = :withdrawn, json = :json WHERE id = :id"),
        row, revision, json, stamps).execute();
  }

  private static Update bind(Update u, DocumentRow row, int revision, String json, HarvestStamps stamps) {
    return u.bind("id", row.id())
        .bind("published", stamps.published())
        .bind("withdrawn", stamps.withdrawn().orElse(null))
        .bind("orderKey", row.orderKey())
        .bind("revision", revision)
        .bind("fingerprint", row.fingerprint())
        .bind("title", row.title())
        .bind("type", row.type())
        .bind("earliestDay", row.earliestDay())
        .bind("latestDay", row.latestDay())
        .bind("decade", row.decade())
        .bind("access", row.access())
        .bind("embargoUntil", row.embargoUntil())
        .bind("uploaded", row.uploaded())
        .bind("modified", row.modified())
        .bind("json", json);
  }
}

package org.opis.catalog.sql;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;
import org.opis.catalog.Viewer;
import org.opis.record.Visibility;

/**
 * The one rule of who sees which documents, as a condition on the {@code document} table
 * (aliased {@code d}): editors see everything; the public sees public documents and embargoed
 * ones from the day their embargo lifts. Every read of documents goes through it.
 *
 * <p>Written as one {@code CASE}, not as an {@code OR}: SQLite answers an {@code OR} of indexed
 * columns by reading both from an index and sorting what it found, so a page of twenty in date
 * order sorted every public document first (seconds at a million); a {@code CASE} leaves it free
 * to read the documents in the order asked, from an index, until the page is full.
 */
final class Visible {
  private Visible() {}

  /** The condition for {@code viewer}, binding {@code :visible_today} when it needs it. */
  static String to(Viewer viewer) {
    return to(viewer, "d");
  }

  /**
   * The same condition on another table holding a document's {@code access} and {@code
   * embargo_until}: the copies a {@link LinkTable} keeps beside each link, under {@code alias}.
   */
  static String to(Viewer viewer, String alias) {
    return viewer.editor()
        ? "1 = 1"
        : "(CASE " + alias + ".access WHEN 'public' THEN TRUE WHEN 'embargoed' THEN " + alias
            + ".embargo_until <= :visible_today ELSE FALSE END)";
  }

  /**
   * How many documents the viewer may not see on each record's shelf, by the record's identifier:
   * lists of collections and of people and places count every link of a record from the link
   * table's own index, then take these away. Documents are mostly public, and these few are found
   * from the index on {@code access}, where asking each linked document's row who may see it took
   * seconds at a million documents (BENCHMARKS.md).
   */
  static Map<String, Long> hiddenPerRecord(Handle h, Viewer viewer, LinkTable shelf) {
    Map<String, Long> hidden = new HashMap<>();
    if (viewer.editor()) {
      return hidden;
    }
    String record = "l." + shelf.column();
    // CROSS JOIN: SQLite takes the tables in this order, the few hidden documents first
    var query = h.createQuery("SELECT " + record + " AS id, count(*) AS n FROM document d CROSS JOIN "
        + shelf.table() + " l WHERE l.document_id = d.id AND d.access IN (" + notPublic() + ") AND NOT " + to(viewer)
        + " GROUP BY " + record);
    bind(query, viewer).map((rs, ctx) -> Map.entry(rs.getString("id"), rs.getLong("n")))
        .forEach(e -> hidden.put(e.getKey(), e.getValue()));
    return hidden;
  }

  private static String notPublic() {
    return Arrays.stream(Visibility.Access.values()).filter(a -> a != Visibility.Access.PUBLIC)
        .map(a -> "'" + a.term() + "'").collect(Collectors.joining(", "));
  }

  /** Binds what {@link #to} refers to. */
  static <S extends SqlStatement<S>> S bind(S statement, Viewer viewer) {
    return viewer.editor() ? statement : statement.bind("visible_today", viewer.today().toEpochDay());
  }
}

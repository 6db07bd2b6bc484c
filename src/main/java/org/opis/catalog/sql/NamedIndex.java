package org.opis.catalog.sql;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.opis.catalog.Named;
import org.opis.catalog.Viewer;

/** The index of an archive: authority records by how many visible documents name them. */
final class NamedIndex {
  private NamedIndex() {}

  record Counted(String id, long documents) {}

  static long total(Handle h, Named.Kind kind, Viewer viewer) {
    return Visible.bind(h.createQuery("SELECT count(DISTINCT da.authority_id)" + from(kind, viewer)), viewer)
        .mapTo(Long.class).one();
  }

  static List<Counted> page(Handle h, Named.Kind kind, int page, int size, Viewer viewer) {
    return Visible.bind(h.createQuery("SELECT da.authority_id, count(*) AS n" + from(kind, viewer)
            + " GROUP BY da.authority_id ORDER BY n DESC, da.authority_id LIMIT :limit OFFSET :offset"), viewer)
        .bind("limit", size)
        .bind("offset", (long) (page - 1) * size)
        .map((rs, ctx) -> new Counted(rs.getString(1), rs.getLong(2)))
        .list();
  }

  private static String from(Named.Kind kind, Viewer viewer) {
    String table = kind == Named.Kind.AGENTS ? "agent" : "place";
    return " FROM document_authority da JOIN document d ON d.id = da.document_id WHERE " + Visible.to(viewer)
        + " AND da.authority_id IN (SELECT id FROM " + table + ")";
  }
}

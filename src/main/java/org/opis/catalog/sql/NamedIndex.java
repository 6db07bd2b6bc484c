package org.opis.catalog.sql;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.opis.catalog.Named;
import org.opis.catalog.Viewer;

/** The index of an archive: authority records by how many visible documents name them. */
final class NamedIndex {
  private NamedIndex() {}

  record Counted(String id, long documents) {}

  static long total(Handle h, Named.Kind kind, Viewer viewer) {
    return counted(h, kind, viewer).size();
  }

  static List<Counted> page(Handle h, Named.Kind kind, int page, int size, Viewer viewer) {
    List<Counted> all = counted(h, kind, viewer);
    int from = (int) Math.min(all.size(), (long) (page - 1) * size);
    return all.subList(from, Math.min(all.size(), from + size));
  }

  // every authority record's documents less those the viewer may not see, most named first: read
  // from the index of the links and the few hidden documents, where joining every link to its
  // document's row took 38 s at a million documents (BENCHMARKS.md)
  private static List<Counted> counted(Handle h, Named.Kind kind, Viewer viewer) {
    Map<String, Long> hidden = new HashMap<>();
    if (!viewer.editor()) {
      Visible.bind(h.createQuery("SELECT da.authority_id, count(*) FROM document d"
              + " JOIN document_authority da ON da.document_id = d.id WHERE " + Visible.hiddenFrom(viewer)
              + " GROUP BY da.authority_id"), viewer)
          .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
          .forEach(e -> hidden.put(e.getKey(), e.getValue()));
    }
    String table = kind == Named.Kind.AGENTS ? "agent" : "place";
    return h.createQuery("SELECT da.authority_id, count(*) FROM document_authority da"
            + " WHERE da.authority_id IN (SELECT id FROM " + table + ") GROUP BY da.authority_id")
        .map((rs, ctx) -> new Counted(rs.getString(1), rs.getLong(2) - hidden.getOrDefault(rs.getString(1), 0L)))
        .stream()
        .filter(c -> c.documents() > 0)
        .sorted(Comparator.comparingLong(Counted::documents).reversed().thenComparing(Counted::id))
        .toList();
  }
}

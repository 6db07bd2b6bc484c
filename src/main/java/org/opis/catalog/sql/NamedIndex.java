package org.opis.catalog.sql;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.opis.catalog.Named;
import org.opis.catalog.Viewer;

/** The index of an archive: authority records by how many visible documents name them. */
final class NamedIndex {
  private NamedIndex() {}

  record Counted(String id, long documents) {}

  /** One page of the records, most named first, and how many records there are on all pages. */
  record Listed(List<Counted> page, long total) {}

  static Listed page(Handle h, Named.Kind kind, int page, int size, Viewer viewer) {
    List<Counted> all = counted(h, kind, viewer);
    int from = (int) Math.min(all.size(), (long) (page - 1) * size);
    return new Listed(all.subList(from, Math.min(all.size(), from + size)), all.size());
  }

  // every record's links from the links' index, less the documents the viewer may not see
  // (Visible.hiddenPerRecord): joining each of 4.7 million links to its document's row took 38 s
  // at a million documents (BENCHMARKS.md)
  private static List<Counted> counted(Handle h, Named.Kind kind, Viewer viewer) {
    Map<String, Long> hidden = Visible.hiddenPerRecord(h, viewer, LinkTable.NAMING);
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

package org.opis.catalog.sql;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.opis.catalog.Viewer;
import org.opis.record.Document;
import org.opis.record.Relation;

/**
 * A document's links to related documents, as far as a viewer may follow them. An editor may
 * relate a public document to a restricted one; the reading room showed only the documents the
 * reader may see, but the JSON API, OAI-PMH's {@code dc:relation} and its {@code opis_json}
 * sent the whole list, and so told anyone the identifiers of restricted documents. Every read
 * of documents for a viewer passes through here, so no surface can forget it.
 */
final class Followable {
  private Followable() {}

  static Document relations(Handle h, Document document, Viewer viewer) {
    return relations(h, List.of(document), viewer).get(0);
  }

  /** The documents, each with only the relations to documents the viewer may see. */
  static List<Document> relations(Handle h, List<Document> documents, Viewer viewer) {
    Set<String> named = documents.stream().flatMap(d -> d.related().stream())
        .map(r -> r.target().value()).collect(Collectors.toSet());
    if (viewer.editor() || named.isEmpty()) {
      return documents;
    }
    Set<String> seen = new HashSet<>(Visible.bind(h.createQuery("SELECT d.id FROM document d WHERE d.id IN (<ids>) AND "
            + Visible.to(viewer)), viewer)
        .bindList("ids", List.copyOf(named))
        .mapTo(String.class)
        .list());
    return documents.stream().map(d -> {
      List<Relation> kept = d.related().stream().filter(r -> seen.contains(r.target().value())).toList();
      return kept.size() == d.related().size() ? d : d.toBuilder().related(kept).build();
    }).toList();
  }
}

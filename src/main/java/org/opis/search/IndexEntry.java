package org.opis.search;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.opis.record.Document;
import org.opis.record.DocumentId;

/**
 * One change for the index: a document to index as it now is, or to remove.
 *
 * @param id the document
 * @param document the document and what the index needs beside it; empty to remove it
 */
public record IndexEntry(DocumentId id, Optional<Indexed> document) {
  public IndexEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(document, "document");
  }

  public static IndexEntry remove(DocumentId id) {
    return new IndexEntry(id, Optional.empty());
  }

  public static IndexEntry of(Document document, int revision, Map<String, List<String>> authorityNames) {
    return new IndexEntry(document.requireId(), Optional.of(new Indexed(document, revision, authorityNames)));
  }

  /**
   * A document as the index sees it.
   *
   * @param document the current version
   * @param revision its revision number, so a check can compare index and catalog
   * @param authorityNames for each authority record the document names (people, organisations,
   *     places), every name of that record, the preferred one first: a search for any spelling
   *     of a person finds every document naming that person
   */
  public record Indexed(Document document, int revision, Map<String, List<String>> authorityNames) {
    public Indexed {
      Objects.requireNonNull(document, "document");
      authorityNames = Map.copyOf(authorityNames);
    }
  }
}

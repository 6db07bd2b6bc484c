package org.opis.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.opis.record.DocumentId;
import org.opis.search.Hit;
import org.opis.search.Snippet;

/** Reads what a hit shows from the stored fields of an index card. */
final class Hits {
  private static final Set<String> SHOWN = Set.of(Fields.ID, Fields.TITLE, Fields.DATE_WRITTEN, Fields.TYPE_SHOWN,
      Fields.CREATOR_SHOWN, Fields.RECIPIENT_SHOWN);

  private Hits() {}

  /** The hits for these documents, without passages. */
  static List<Hit> of(IndexSearcher searcher, int[] docs) throws IOException {
    List<List<Snippet>> none = new ArrayList<>();
    for (int i = 0; i < docs.length; i++) {
      none.add(List.of());
    }
    return of(searcher, docs, none, false);
  }

  /**
   * The hits for these documents with their passages; where a document has none and
   * {@code openings} is set, the opening of its summary or first text stands in.
   */
  static List<Hit> of(IndexSearcher searcher, int[] docs, List<List<Snippet>> passages, boolean openings)
      throws IOException {
    StoredFields stored = searcher.storedFields();
    Set<String> wanted = new HashSet<>(SHOWN);
    if (openings) {
      wanted.addAll(Fields.passages());
    }
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < docs.length; i++) {
      org.apache.lucene.document.Document card = stored.document(docs[i], wanted);
      List<Snippet> snippets = passages.get(i);
      if (snippets.isEmpty() && openings) {
        snippets = opening(card).map(List::of).orElse(List.of());
      }
      hits.add(new Hit(
          new DocumentId(card.get(Fields.ID)),
          card.get(Fields.TITLE),
          Optional.ofNullable(card.get(Fields.DATE_WRITTEN)),
          Optional.ofNullable(card.get(Fields.TYPE_SHOWN)),
          Arrays.asList(card.getValues(Fields.CREATOR_SHOWN)),
          Arrays.asList(card.getValues(Fields.RECIPIENT_SHOWN)),
          snippets));
    }
    return hits;
  }

  private static Optional<Snippet> opening(org.apache.lucene.document.Document card) {
    String summary = card.get(Fields.SUMMARY);
    if (summary != null && !summary.isBlank()) {
      return Optional.of(Passages.opening("summary", summary));
    }
    for (String field : Fields.texts()) {
      String text = card.get(field);
      if (text != null && !text.isBlank()) {
        return Optional.of(Passages.opening("text", text));
      }
    }
    return Optional.empty();
  }
}

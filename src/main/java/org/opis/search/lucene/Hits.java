package org.opis.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.search.IndexSearcher;
import org.opis.record.DocumentId;
import org.opis.search.Hit;
import org.opis.search.Snippet;

/** What a hit shows, from the stored fields of its index card. */
final class Hits {
  private Hits() {}

  /** The hits for these documents, without passages. */
  static List<Hit> of(IndexSearcher searcher, int[] docs) throws IOException {
    List<List<Snippet>> none = new ArrayList<>();
    for (int i = 0; i < docs.length; i++) {
      none.add(List.of());
    }
    return of(Card.read(searcher, docs, false), none, false);
  }

  /**
   * The hits for these cards with their passages; where a document has none and
   * {@code openings} is set, the opening of its summary or first text stands in (the cards must
   * then hold the texts).
   */
  static List<Hit> of(List<Card> cards, List<List<Snippet>> passages, boolean openings) {
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < cards.size(); i++) {
      Card card = cards.get(i);
      List<Snippet> snippets = passages.get(i);
      if (snippets.isEmpty() && openings) {
        snippets = opening(card).map(List::of).orElse(List.of());
      }
      hits.add(new Hit(
          new DocumentId(card.get(Fields.ID)),
          card.get(Fields.TITLE),
          Optional.ofNullable(card.get(Fields.DATE_WRITTEN)),
          Optional.ofNullable(card.get(Fields.TYPE_SHOWN)),
          card.values(Fields.CREATOR_SHOWN),
          card.values(Fields.RECIPIENT_SHOWN),
          snippets));
    }
    return hits;
  }

  private static Optional<Snippet> opening(Card card) {
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

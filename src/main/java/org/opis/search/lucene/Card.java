package org.opis.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;

/**
 * The stored fields of one hit's index card, read once for both what the hit shows and its
 * passages: decompressing a card's block is the dearest part of reading it.
 */
record Card(org.apache.lucene.document.Document stored) {
  private static final Set<String> SHOWN = Set.of(Fields.ID, Fields.TITLE, Fields.DATE_WRITTEN, Fields.TYPE_SHOWN,
      Fields.CREATOR_SHOWN, Fields.RECIPIENT_SHOWN);

  /** The cards of these documents, in their order, with their texts when {@code texts} is set. */
  static List<Card> read(IndexSearcher searcher, int[] docs, boolean texts) throws IOException {
    StoredFields stored = searcher.storedFields();
    Set<String> wanted = new HashSet<>(SHOWN);
    if (texts) {
      wanted.addAll(Fields.passages());
    }
    List<Card> cards = new ArrayList<>(docs.length);
    for (int doc : docs) {
      cards.add(new Card(stored.document(doc, wanted)));
    }
    return cards;
  }

  /** The first value of a field; null when the card has none. */
  String get(String field) {
    return stored.get(field);
  }

  /** Every value of a field, in the order written. */
  List<String> values(String field) {
    return Arrays.asList(stored.getValues(field));
  }
}

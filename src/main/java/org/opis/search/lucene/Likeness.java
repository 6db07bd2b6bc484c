package org.opis.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.opis.record.DocumentId;
import org.opis.search.Facet;

/**
 * What makes two documents belong together: words of their texts that few other documents use,
 * the people and places they share, or the archival file they were kept in.
 */
final class Likeness {
  /** A person or place in common counts as much as a few rare words in common. */
  private static final float SHARED_NAME = 2f;
  private static final float SHARED_PLACE = 1f;
  private static final int MOST_WORDS = 25;
  // a document naming thousands of people (a list of signatories) asked for more clauses than a
  // query may have, and lost its related documents on every view: a hundred of each is plenty
  private static final int MOST_NAMES = 100;
  private static final int COMMON_PERCENT = 50;

  private Likeness() {}

  /** The index card of a document the viewer may see; empty when it is not indexed or hidden. */
  static OptionalInt card(IndexSearcher searcher, DocumentId id, Query visible) throws IOException {
    Query q = new BooleanQuery.Builder()
        .add(KeywordField.newExactQuery(Fields.ID, id.value()), Occur.MUST)
        .add(visible, Occur.FILTER)
        .build();
    TopDocs found = searcher.search(q, 1);
    return found.scoreDocs.length == 0 ? OptionalInt.empty() : OptionalInt.of(found.scoreDocs[0].doc);
  }

  /**
   * Documents like this card: sharing its rarer words (MoreLikeThis over its texts, title and
   * summary), its people and its places; empty when it has none of them.
   */
  static Optional<Query> like(IndexSearcher searcher, FieldAnalyzer analyzer, int card) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    MoreLikeThis words = new MoreLikeThis(reader);
    words.setAnalyzer(analyzer);
    List<String> fields = new ArrayList<>(Fields.texts());
    fields.add(Fields.TITLE);
    fields.add(Fields.SUMMARY);
    words.setFieldNames(fields.toArray(String[]::new));
    words.setMinTermFreq(1);
    words.setMinDocFreq(2);
    // a word in most documents says nothing about this one, in whatever language it is common
    words.setMaxDocFreqPct(COMMON_PERCENT);
    words.setMaxQueryTerms(MOST_WORDS);
    words.setBoost(true);
    BooleanQuery.Builder like = new BooleanQuery.Builder();
    int clauses = 0;
    Query text = words.like(card);
    if (text instanceof BooleanQuery b && !b.clauses().isEmpty()) {
      like.add(text, Occur.SHOULD);
      clauses++;
    }
    for (String person : facetValues(reader, card, Facet.PERSON).stream().limit(MOST_NAMES).toList()) {
      like.add(new BoostQuery(new TermQuery(new Term(Fields.facet(Facet.PERSON), person)), SHARED_NAME), Occur.SHOULD);
      clauses++;
    }
    for (String place : facetValues(reader, card, Facet.PLACE).stream().limit(MOST_NAMES).toList()) {
      like.add(new BoostQuery(new TermQuery(new Term(Fields.facet(Facet.PLACE), place)), SHARED_PLACE), Occur.SHOULD);
      clauses++;
    }
    return clauses == 0 ? Optional.empty() : Optional.of(like.build());
  }

  /** Documents kept in the same archival file as this card; empty when its file is not known. */
  static Optional<Query> sameFile(IndexReader reader, int card) throws IOException {
    List<String> files = values(reader, card, Fields.FILE);
    if (files.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(KeywordField.newSetQuery(Fields.FILE, files.stream().map(BytesRef::new).toList()));
  }

  /** The values of a facet on one card, from the doc values they are counted by. */
  static List<String> facetValues(IndexReader reader, int card, Facet facet) throws IOException {
    String key = Fields.facetKey(facet) + (char) Fields.KEY_END;
    return values(reader, card, Fields.FACETS).stream()
        .filter(v -> v.startsWith(key))
        .map(v -> v.substring(key.length()))
        .toList();
  }

  /** The values of a keyword field on one card, from its doc values. */
  static List<String> values(IndexReader reader, int card, String field) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(card, leaves));
    SortedSetDocValues ords = DocValues.getSortedSet(leaf.reader(), field);
    List<String> values = new ArrayList<>();
    if (ords.advanceExact(card - leaf.docBase)) {
      for (int n = ords.docValueCount(); n > 0; n--) {
        values.add(ords.lookupOrd(ords.nextOrd()).utf8ToString());
      }
    }
    return values;
  }
}

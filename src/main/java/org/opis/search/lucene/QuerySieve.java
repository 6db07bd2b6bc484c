package org.opis.search.lucene;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/** A {@link Sieve} of one query as Lucene matches it: read in bulk, or checked document by document. */
final class QuerySieve implements Sieve {
  /**
   * Checking a document costs more than reading one from a list of documents in bulk: when the
   * documents to check are fewer than a part of this many of the query's, they are checked. A
   * disjunction checks each of its lists for each document, so its share is smaller still.
   */
  private static final int CHECK_BELOW = 8;

  private final Query query;
  private final Weight weight;
  private final List<QuerySieve> lists;

  QuerySieve(IndexSearcher searcher, Query query) throws IOException {
    this(searcher, query, List.of());
  }

  private QuerySieve(IndexSearcher searcher, Query query, List<QuerySieve> lists) throws IOException {
    this.query = searcher.rewrite(query);
    this.weight = searcher.createWeight(this.query, ScoreMode.COMPLETE_NO_SCORES, 1);
    this.lists = List.copyOf(lists);
  }

  /** The sieve of documents every one of {@code parts} matches and none of {@code excluded}. */
  static QuerySieve all(IndexSearcher searcher, List<QuerySieve> parts, List<QuerySieve> excluded) throws IOException {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    parts.forEach(part -> all.add(part.query(), BooleanClause.Occur.MUST));
    excluded.forEach(part -> all.add(part.query(), BooleanClause.Occur.MUST_NOT));
    return new QuerySieve(searcher, all.build());
  }

  /** The sieve of a disjunction of {@code parts}, which Lucene reads in bulk, window by window. */
  static QuerySieve either(IndexSearcher searcher, List<QuerySieve> parts) throws IOException {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    // already rewritten: names by sound are looked up in the lexicon once, not again for the whole
    parts.forEach(part -> any.add(part.query(), BooleanClause.Occur.SHOULD));
    return new QuerySieve(searcher, any.build(), parts);
  }

  /** The query as Lucene rewrote it for the index. */
  Query query() {
    return query;
  }

  /** Lucene's estimate, but no more than the segment's documents for each list read. */
  @Override
  public long cost(LeafReaderContext leaf) throws IOException {
    if (!lists.isEmpty()) {
      long sum = 0;
      for (QuerySieve list : lists) {
        sum += list.cost(leaf);
      }
      return sum;
    }
    return capped(weight.scorerSupplier(leaf), leaf);
  }

  // a set of terms (names by sound) is estimated at every term of its field
  private static long capped(ScorerSupplier supplier, LeafReaderContext leaf) {
    return supplier == null ? 0 : Math.min(supplier.cost(), leaf.reader().maxDoc());
  }

  @Override
  public void sift(LeafReaderContext leaf, FixedBitSet bits, int from, int to) throws IOException {
    BulkScorer bulk = weight.bulkScorer(leaf);
    if (bulk != null) {
      bulk.score(new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) {
          bits.set(doc);
        }
      }, leaf.reader().getLiveDocs(), from, to);
    }
  }

  @Override
  public void keep(LeafReaderContext leaf, FixedBitSet bits, int from, int to) throws IOException {
    long candidates = SieveRange.count(bits, from, to);
    if (candidates == 0) {
      return;
    }
    ScorerSupplier supplier = weight.scorerSupplier(leaf);
    if (supplier == null) {
      bits.clear(from, to);
      return;
    }
    long cost = lists.isEmpty() ? capped(supplier, leaf) : cost(leaf);
    long inRange = cost * (to - from) / Math.max(1, leaf.reader().maxDoc());
    if (candidates * CHECK_BELOW * Math.max(1, lists.size()) < inRange) {
      check(supplier.get(candidates), bits, from, to);
    } else {
      FixedBitSet matched = new FixedBitSet(bits.length());
      sift(leaf, matched, from, to);
      SieveRange.and(bits, matched, from, to);
    }
  }

  // each candidate in turn: the query's documents are stepped to it, and it stays if they meet
  private static void check(Scorer scorer, FixedBitSet bits, int from, int to) throws IOException {
    TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
    DocIdSetIterator steps = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
    for (int doc = bits.nextSetBit(from, to); doc != DocIdSetIterator.NO_MORE_DOCS;
        doc = doc + 1 < to ? bits.nextSetBit(doc + 1, to) : DocIdSetIterator.NO_MORE_DOCS) {
      int at = steps.docID() < doc ? steps.advance(doc) : steps.docID();
      if (at != doc || (twoPhase != null && !twoPhase.matches())) {
        bits.clear(doc);
      }
    }
  }
}

package org.opis.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents of each segment a query matches, as a bit set, found without scoring: a query's
 * disjunctions of fields become plain disjunctions, which Lucene reads in bulk, window by window,
 * instead of through a heap of iterators that also works out which field scored best; the
 * filters are bit sets of their own, ANDed in. Counting every match this way leaves only the
 * ranking to score, and the ranking may skip what cannot reach the page.
 */
final class Counting {
  private final IndexSearcher searcher;
  private final Weight matching;
  private final List<Weight> narrowing;

  /** Counting the matches of {@code query} narrowed by each of {@code filters}. */
  Counting(IndexSearcher searcher, Query query, List<Query> filters) throws IOException {
    this.searcher = searcher;
    this.matching = weight(searcher, disjunctive(query));
    List<Weight> weights = new ArrayList<>();
    for (Query filter : filters) {
      weights.add(weight(searcher, filter));
    }
    this.narrowing = List.copyOf(weights);
  }

  /** The live documents of a segment that match the query and every filter. */
  FixedBitSet matches(LeafReaderContext leaf) throws IOException {
    FixedBitSet matched = new FixedBitSet(leaf.reader().maxDoc());
    Halves.run(leaf.reader().maxDoc(), (from, to) -> match(leaf, matched, from, to));
    return matched;
  }

  IndexSearcher searcher() {
    return searcher;
  }

  // sets the bits of the matches from document from up to to, leaving every other word alone
  private void match(LeafReaderContext leaf, FixedBitSet matched, int from, int to) throws IOException {
    mark(matching, leaf, matched, from, to);
    for (Weight filter : narrowing) {
      if (!anySet(matched, from, to)) {
        return;
      }
      FixedBitSet passed = new FixedBitSet(leaf.reader().maxDoc());
      mark(filter, leaf, passed, from, to);
      long[] words = matched.getBits();
      long[] passing = passed.getBits();
      for (int word = from >> 6, end = FixedBitSet.bits2words(to); word < end; word++) {
        words[word] &= passing[word];
      }
    }
  }

  private static boolean anySet(FixedBitSet bits, int from, int to) {
    return from < to && bits.nextSetBit(from, to) != DocIdSetIterator.NO_MORE_DOCS;
  }

  private static void mark(Weight weight, LeafReaderContext leaf, FixedBitSet bits, int from, int to) throws IOException {
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

  private static Weight weight(IndexSearcher searcher, Query query) throws IOException {
    return searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
  }

  // the same matches, with every disjunction of fields a plain one and no boosts
  static Query disjunctive(Query query) {
    if (query instanceof BoostQuery boosted) {
      return disjunctive(boosted.getQuery());
    }
    if (query instanceof DisjunctionMaxQuery max) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      max.getDisjuncts().forEach(d -> any.add(disjunctive(d), BooleanClause.Occur.SHOULD));
      return any.build();
    }
    if (query instanceof BooleanQuery bool) {
      BooleanQuery.Builder same = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
      bool.clauses().forEach(c -> same.add(disjunctive(c.getQuery()), c.getOccur()));
      return same.build();
    }
    return query;
  }
}

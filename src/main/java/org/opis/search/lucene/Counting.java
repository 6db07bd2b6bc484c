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
    FixedBitSet matched = bits(matching, leaf);
    for (Weight filter : narrowing) {
      if (matched.cardinality() == 0) {
        break;
      }
      matched.and(bits(filter, leaf));
    }
    return matched;
  }

  IndexSearcher searcher() {
    return searcher;
  }

  private static FixedBitSet bits(Weight weight, LeafReaderContext leaf) throws IOException {
    FixedBitSet bits = new FixedBitSet(leaf.reader().maxDoc());
    BulkScorer bulk = weight.bulkScorer(leaf);
    if (bulk != null) {
      bulk.score(new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) {
          bits.set(doc);
        }
      }, leaf.reader().getLiveDocs());
    }
    return bits;
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

package org.opis.search.lucene;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents of each segment a query matches, as a bit set, found without scoring, by a
 * {@link Sieve}: each disjunction of fields is read in bulk, window by window, instead of through
 * a heap of iterators that also works out which field scored best, and the parts of a
 * conjunction (each word of a query, each filter) are ANDed as bit sets. Counting every match this
 * way leaves only the ranking to score, and the ranking may skip what cannot reach the page.
 */
final class Counting {
  private final IndexSearcher searcher;
  private final Sieve sieve;

  /** Counting the matches of {@code query} narrowed by each of {@code filters}. */
  Counting(IndexSearcher searcher, Query query, List<Query> filters) throws IOException {
    this.searcher = searcher;
    BooleanQuery.Builder narrowed = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
    filters.forEach(filter -> narrowed.add(filter, BooleanClause.Occur.FILTER));
    this.sieve = Sieve.of(searcher, narrowed.build());
  }

  /** The live documents of a segment that match the query and every filter. */
  FixedBitSet matches(LeafReaderContext leaf) throws IOException {
    FixedBitSet matched = new FixedBitSet(leaf.reader().maxDoc());
    Halves.run(leaf.reader().maxDoc(), (from, to) -> sieve.sift(leaf, matched, from, to));
    return matched;
  }

  IndexSearcher searcher() {
    return searcher;
  }
}

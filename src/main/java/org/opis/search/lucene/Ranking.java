package org.opis.search.lucene;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;

/**
 * Ranking the page of a search, a large segment in two {@link Halves} at once. A rebuilt index
 * is one segment, which Lucene 9 searches on one thread; a name whose best matches tie (a name
 * spelled as typed scores the same in every document that has it) leaves the ranking nothing to
 * skip, and it scored every one of 56,000 matches on one core while the other waited (the
 * slowest searches at a million documents, BENCHMARKS.md). Each half collects apart, each by a
 * collector of its own manager, and the first manager merges the two pages: ties go to the first
 * half, as they go to the lower document in one pass, so the page of a one-segment index is the
 * one a single pass ranks. With several segments, the first collector also takes the small ones,
 * and a tie between one of them and a second half goes to the small one: another order of equal
 * scores, but one order, so that pages of one search follow each other.
 * The halves do not share the lowest score still worth collecting, as Lucene's concurrent
 * collectors do: Lucene assumes a collector's documents all come after those of another
 * collector of the same segment, and the first half would then drop its ties.
 */
final class Ranking {
  private Ranking() {}

  /**
   * The top of what {@code query} matches, as a collector of {@code managers} collects it.
   *
   * @param managers makes a new manager each time it is asked, of the same kind of collector
   */
  static TopDocs of(IndexSearcher searcher, Query query, Supplier<CollectorManager<?, ? extends TopDocs>> managers)
      throws IOException {
    CollectorManager<?, ? extends TopDocs> manager = managers.get();
    if (searcher.getIndexReader().leaves().stream().noneMatch(leaf -> Halves.splits(leaf.reader().maxDoc()))) {
      return searcher.search(query, manager);
    }
    return inHalves(searcher, query, manager, managers.get());
  }

  private static <C extends Collector, T extends TopDocs> T inHalves(IndexSearcher searcher, Query query,
      CollectorManager<C, T> manager, CollectorManager<?, ?> another) throws IOException {
    C first = manager.newCollector();
    @SuppressWarnings("unchecked") // made by the same supplier as the first: the same kind of collector
    C second = (C) another.newCollector();
    Weight weight = searcher.createWeight(searcher.rewrite(query), first.scoreMode(), 1);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      LeafCollector firstHalf = leafCollector(first, leaf);
      LeafCollector secondHalf = Halves.splits(leaf.reader().maxDoc()) ? leafCollector(second, leaf) : null;
      Halves.run(leaf.reader().maxDoc(), (from, to) -> score(weight, leaf, from == 0 ? firstHalf : secondHalf, from, to));
      finish(firstHalf);
      finish(secondHalf);
    }
    return manager.reduce(List.of(first, second));
  }

  private static LeafCollector leafCollector(Collector collector, LeafReaderContext leaf) throws IOException {
    try {
      return collector.getLeafCollector(leaf);
    } catch (CollectionTerminatedException e) {
      return null; // the collector wants nothing of this segment
    }
  }

  private static void score(Weight weight, LeafReaderContext leaf, LeafCollector collector, int from, int to)
      throws IOException {
    if (collector == null) {
      return;
    }
    BulkScorer bulk = weight.bulkScorer(leaf);
    if (bulk == null) {
      return;
    }
    try {
      bulk.score(collector, leaf.reader().getLiveDocs(), from, to);
    } catch (CollectionTerminatedException e) {
      // this half has collected all it needs
    }
  }

  private static void finish(LeafCollector collector) throws IOException {
    if (collector != null) {
      collector.finish();
    }
  }
}

package org.opis.search.lucene;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * What one segment of the index holds for one kind of viewer: the documents they may see, and
 * how many of those have each facet value and year. A search that matches most of a segment
 * (a common word, a phrase such as "of the") then counts its facets from the few documents it
 * did not match, subtracted from these, instead of from every document it did: exact counts
 * either way, at a fraction of the cost.
 *
 * <p>Worked out on the first such search of a segment and a kind of viewer, and kept until the
 * segment's view is closed (a segment that gains deletions is a new view).
 */
final class Holdings {
  // a long-running server sees a new kind of public viewer each day; past this many, start over
  private static final int MOST_KEPT = 256;
  private static final Map<Key, Holdings> MADE = new ConcurrentHashMap<>();
  private static final Set<IndexReader.CacheKey> LISTENED = ConcurrentHashMap.newKeySet();

  private record Key(IndexReader.CacheKey segment, Query visible) {}

  private final FixedBitSet visible;
  private final int[] counts;

  private Holdings(FixedBitSet visible, int[] counts) {
    this.visible = visible;
    this.counts = counts;
  }

  /** The holdings of a segment for the viewer {@code visible} describes, worked out now unless known. */
  static Holdings of(IndexSearcher searcher, LeafReaderContext leaf, Query visible) throws IOException {
    IndexReader.CacheHelper helper = leaf.reader().getReaderCacheHelper();
    if (helper == null) {
      return make(searcher, leaf, visible);
    }
    Key key = new Key(helper.getKey(), visible);
    Holdings made = MADE.get(key);
    if (made == null) {
      made = make(searcher, leaf, visible);
      if (MADE.size() >= MOST_KEPT) {
        MADE.clear();
      }
      MADE.putIfAbsent(key, made);
      // one listener a segment, however often its holdings are made again after a clear
      if (LISTENED.add(helper.getKey())) {
        helper.addClosedListener(closed -> {
          MADE.keySet().removeIf(k -> k.segment() == closed);
          LISTENED.remove(closed);
        });
      }
    }
    return made;
  }

  /** The documents the viewer may see. */
  FixedBitSet visible() {
    return visible;
  }

  /** How many of them have each value, by the segment's numbering of {@link Fields#FACETS}. */
  int count(int ord) {
    return counts[ord];
  }

  /** Adds to {@code counts}, by the segment's numbering, the values of each document in {@code docs}. */
  static void count(LeafReaderContext leaf, FixedBitSet docs, int[] counts, int sign) throws IOException {
    FacetTable table = FacetTable.of(leaf);
    if (!Halves.splits(docs.length())) {
      table.count(docs, 0, docs.length(), counts, sign);
      return;
    }
    int[] later = new int[counts.length];
    Halves.run(docs.length(), (from, to) -> table.count(docs, from, to, from == 0 ? counts : later, sign));
    for (int ord = 0; ord < counts.length; ord++) {
      counts[ord] += later[ord];
    }
  }

  private static Holdings make(IndexSearcher searcher, LeafReaderContext leaf, Query visible) throws IOException {
    Weight weight = searcher.createWeight(searcher.rewrite(visible), ScoreMode.COMPLETE_NO_SCORES, 1);
    FixedBitSet docs = new FixedBitSet(leaf.reader().maxDoc());
    Scorer scorer = weight.scorer(leaf);
    if (scorer != null) {
      Bits live = leaf.reader().getLiveDocs();
      DocIdSetIterator it = scorer.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (live == null || live.get(doc)) {
          docs.set(doc);
        }
      }
    }
    int[] counts = new int[Math.toIntExact(DocValues.getSortedSet(leaf.reader(), Fields.FACETS).getValueCount())];
    count(leaf, docs, counts, 1);
    return new Holdings(docs, counts);
  }
}

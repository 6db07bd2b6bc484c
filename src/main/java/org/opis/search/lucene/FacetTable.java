package org.opis.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The facet values and year of every document of one segment, by the segment's numbering of
 * {@link Fields#FACETS}, laid out in memory one document after another. Counting the facets of
 * half a million matches reads them from here in a tight loop; read from doc values instead,
 * each match cost a random look-up and the unpacking of its values, and that was two fifths of
 * the time of a common-word search over a million documents.
 *
 * <p>Made on a segment's first count and kept while its data lives: deletions do not change a
 * document's values (Opis never updates doc values in place), so a segment that gains deletions
 * keeps its table. A million documents of twenty values each take about 44 MB.
 */
final class FacetTable {
  private static final Map<IndexReader.CacheKey, FacetTable> MADE = new ConcurrentHashMap<>();
  /** Values numbered below this are kept in two bytes, not four: half the memory read per match. */
  private static final long NARROW = 1 << 16;

  // document d's values are at starts[d] .. starts[d + 1] - 1 of narrow, or of wide when a
  // segment has more values than two bytes can number (the other array is empty)
  private final int[] starts;
  private final char[] narrow;
  private final int[] wide;

  private FacetTable(int[] starts, char[] narrow, int[] wide) {
    this.starts = starts;
    this.narrow = narrow;
    this.wide = wide;
  }

  /** The table of a segment, made now unless it is known. */
  static FacetTable of(LeafReaderContext leaf) throws IOException {
    IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
    if (helper == null) {
      return make(leaf.reader());
    }
    try {
      return MADE.computeIfAbsent(helper.getKey(), key -> {
        helper.addClosedListener(MADE::remove);
        try {
          return make(leaf.reader());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Adds {@code sign} to {@code counts} for each value of each document in {@code docs} from {@code from} up to {@code to}. */
  void count(FixedBitSet docs, int from, int to, int[] counts, int sign) {
    if (from >= to) {
      return;
    }
    boolean isNarrow = wide.length == 0;
    for (int doc = docs.nextSetBit(from, to); doc != DocIdSetIterator.NO_MORE_DOCS; ) {
      int end = starts[doc + 1];
      if (isNarrow) {
        for (int at = starts[doc]; at < end; at++) {
          counts[narrow[at]] += sign;
        }
      } else {
        for (int at = starts[doc]; at < end; at++) {
          counts[wide[at]] += sign;
        }
      }
      doc = doc + 1 < to ? docs.nextSetBit(doc + 1, to) : DocIdSetIterator.NO_MORE_DOCS;
    }
  }

  /** Whether the segment's values are kept in two bytes each. */
  boolean isNarrow() {
    return wide.length == 0;
  }

  // read twice: once for where each document's values start, once for the values, so that the
  // values' array is made once at its size, however large the segment
  private static FacetTable make(LeafReader reader) throws IOException {
    int[] starts = new int[reader.maxDoc() + 1];
    SortedSetDocValues counted = DocValues.getSortedSet(reader, Fields.FACETS);
    int size = 0;
    for (int doc = 0; doc < reader.maxDoc(); doc++) {
      starts[doc] = size;
      if (counted.advanceExact(doc)) {
        size = Math.addExact(size, counted.docValueCount());
      }
    }
    starts[reader.maxDoc()] = size;
    SortedSetDocValues read = DocValues.getSortedSet(reader, Fields.FACETS);
    boolean fitsNarrow = read.getValueCount() <= NARROW;
    char[] narrow = new char[fitsNarrow ? size : 0];
    int[] wide = new int[fitsNarrow ? 0 : size];
    for (int doc = 0; doc < reader.maxDoc(); doc++) {
      if (read.advanceExact(doc)) {
        for (int at = starts[doc], n = read.docValueCount(); n > 0; n--, at++) {
          int ord = Math.toIntExact(read.nextOrd());
          if (fitsNarrow) {
            narrow[at] = (char) ord;
          } else {
            wide[at] = ord;
          }
        }
      }
    }
    return new FacetTable(starts, narrow, wide);
  }
}

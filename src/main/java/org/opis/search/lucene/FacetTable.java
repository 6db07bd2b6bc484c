package org.opis.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
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
 * keeps its table. A million documents of a dozen values each take about 50 MB.
 */
final class FacetTable {
  private static final Map<IndexReader.CacheKey, FacetTable> MADE = new ConcurrentHashMap<>();

  // document d's values are values[starts[d]] .. values[starts[d + 1] - 1]
  private final int[] starts;
  private final int[] values;

  private FacetTable(int[] starts, int[] values) {
    this.starts = starts;
    this.values = values;
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
    for (int doc = docs.nextSetBit(from, to); doc != DocIdSetIterator.NO_MORE_DOCS; ) {
      for (int at = starts[doc], end = starts[doc + 1]; at < end; at++) {
        counts[values[at]] += sign;
      }
      doc = doc + 1 < to ? docs.nextSetBit(doc + 1, to) : DocIdSetIterator.NO_MORE_DOCS;
    }
  }

  private static FacetTable make(LeafReader reader) throws IOException {
    SortedSetDocValues read = DocValues.getSortedSet(reader, Fields.FACETS);
    int[] starts = new int[reader.maxDoc() + 1];
    int[] values = new int[Math.max(16, reader.maxDoc() * 8)];
    int size = 0;
    for (int doc = 0; doc < reader.maxDoc(); doc++) {
      starts[doc] = size;
      if (read.advanceExact(doc)) {
        int count = read.docValueCount();
        if (size + count > values.length) {
          values = Arrays.copyOf(values, Math.max(size + count, values.length + (values.length >> 1)));
        }
        for (int n = 0; n < count; n++) {
          values[size++] = Math.toIntExact(read.nextOrd());
        }
      }
    }
    starts[reader.maxDoc()] = size;
    return new FacetTable(starts, Arrays.copyOf(values, size));
  }
}

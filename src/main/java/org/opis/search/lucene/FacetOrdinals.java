package org.opis.search.lucene;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.StringHelper;
import org.apache.lucene.util.packed.PackedInts;
import org.opis.search.Facet;

/**
 * The numbering of every facet value and year of one view of the index across its segments:
 * each segment numbers the values of {@link Fields#FACETS} it holds in its own way, and this
 * maps them to one numbering of the whole view, in which the values of each facet (and the
 * years) are a run of consecutive numbers. A search then counts by number alone and reads the
 * text of the few values it lists, not of every value it counted.
 *
 * <p>Worked out once for a view, on its first search, and kept while the view is.
 */
final class FacetOrdinals {
  private static final Map<IndexReader.CacheKey, FacetOrdinals> MADE = new ConcurrentHashMap<>();

  private final IndexReader reader;
  private final OrdinalMap map;
  private final long count;
  private final Map<Facet, long[]> ranges = new EnumMap<>(Facet.class);
  private final long[] years;

  private FacetOrdinals(IndexReader reader) throws IOException {
    this.reader = reader;
    List<LeafReaderContext> leaves = reader.leaves();
    SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = DocValues.getSortedSet(leaves.get(i).reader(), Fields.FACETS);
    }
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    this.map = values.length > 1
        ? OrdinalMap.build(helper == null ? null : helper.getKey(), values, PackedInts.DEFAULT) : null;
    this.count = map != null ? map.getValueCount() : values.length == 1 ? values[0].getValueCount() : 0;
    for (Facet facet : Facet.values()) {
      ranges.put(facet, range(Fields.facetKey(facet)));
    }
    this.years = range(Fields.YEARS_KEY);
  }

  /** The numbering of this view, worked out now unless an earlier search did. */
  static FacetOrdinals of(IndexReader reader) throws IOException {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper == null) {
      return new FacetOrdinals(reader);
    }
    FacetOrdinals made = MADE.get(helper.getKey());
    if (made == null) {
      // two first searches at once may both work it out; one is kept
      made = new FacetOrdinals(reader);
      if (MADE.putIfAbsent(helper.getKey(), made) == null) {
        helper.addClosedListener(MADE::remove);
      }
    }
    return made;
  }

  /** How many distinct values the view has, all facets and years together. */
  long count() {
    return count;
  }

  /** The numbers of a facet's values: from the first, included, to the second, excluded. */
  long[] range(Facet facet) {
    return ranges.get(facet);
  }

  /** The numbers of the years, as {@link #range(Facet)}. */
  long[] years() {
    return years;
  }

  /** The view's numbers of a segment's values. */
  LongValues global(int leaf) {
    return map == null ? LongValues.IDENTITY : map.getGlobalOrds(leaf);
  }

  /** The value numbered {@code ord}, less the key of its facet; each call reads it afresh. */
  String value(long ord) throws IOException {
    BytesRef whole = term(ord);
    int end = 0;
    while (whole.bytes[whole.offset + end] != Fields.KEY_END) {
      end++;
    }
    return new String(whole.bytes, whole.offset + end + 1, whole.length - end - 1, java.nio.charset.StandardCharsets.UTF_8);
  }

  private BytesRef term(long ord) throws IOException {
    int leaf = map == null ? 0 : map.getFirstSegmentNumber(ord);
    long segmentOrd = map == null ? ord : map.getFirstSegmentOrd(ord);
    SortedSetDocValues values = DocValues.getSortedSet(reader.leaves().get(leaf).reader(), Fields.FACETS);
    return values.lookupOrd(segmentOrd);
  }

  // the run of numbers whose values begin with this key, found by halving
  private long[] range(String key) throws IOException {
    BytesRef prefix = new BytesRef(key + (char) Fields.KEY_END);
    long from = firstAtLeast(prefix);
    return new long[] {from, firstBeyond(prefix, from)};
  }

  private long firstAtLeast(BytesRef prefix) throws IOException {
    long low = 0;
    long high = count;
    while (low < high) {
      long mid = (low + high) >>> 1;
      if (term(mid).compareTo(prefix) < 0) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  // the first number past from whose value does not begin with prefix
  private long firstBeyond(BytesRef prefix, long from) throws IOException {
    long low = from;
    long high = count;
    while (low < high) {
      long mid = (low + high) >>> 1;
      if (StringHelper.startsWith(term(mid), prefix)) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}

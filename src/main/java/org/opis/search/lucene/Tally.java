package org.opis.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;
import org.opis.search.Facet;
import org.opis.search.SearchResult.FacetCount;

/**
 * A count of every document a search matches: how many, how many have each value of each facet,
 * and how many fall in each year. It visits every match, not a sample, so the counts are exact;
 * and it sees only what the search's filters let through, so it never counts what the viewer may
 * not see.
 *
 * <p>Every facet value and year of a card sits in one field of doc values ({@link
 * Fields#FACETS}), so a match costs one look-up and a counter per value; values are counted by
 * number ({@link FacetOrdinals}) and only those listed are read as text. Matches come as a bit
 * set per segment ({@link Counting}); a segment where they are most of what the viewer may see
 * is counted from its {@link Holdings}, less what was not matched.
 */
final class Tally {
  /** The most values of one facet a result lists. */
  static final int MOST_VALUES = 50;

  private final FacetOrdinals ordinals;
  private final int[] counts;
  private long total;

  private Tally(FacetOrdinals ordinals) {
    this.ordinals = ordinals;
    this.counts = new int[Math.toIntExact(ordinals.count())];
  }

  /**
   * The tally of what {@code counting} finds in every segment among the documents {@code
   * visible} lets the viewer see, taken from each segment's {@link Holdings}.
   */
  static Tally of(Counting counting, Query visible) throws IOException {
    IndexSearcher searcher = counting.searcher();
    Tally tally = new Tally(FacetOrdinals.of(searcher.getIndexReader()));
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Holdings holdings = Holdings.of(searcher, leaf, visible);
      FixedBitSet matched = counting.matches(leaf);
      matched.and(holdings.visible());
      tally.countFacets(leaf, matched, holdings);
    }
    return tally;
  }

  long total() {
    return total;
  }

  /** For each facet, its most frequent values, most frequent first, ties in alphabetical order. */
  Map<Facet, List<FacetCount>> facets() throws IOException {
    Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      long[] range = ordinals.range(facet);
      List<FacetCount> listed = new ArrayList<>();
      for (int ord : mostFrequent((int) range[0], (int) range[1])) {
        listed.add(new FacetCount(ordinals.value(ord), counts[ord]));
      }
      facets.put(facet, List.copyOf(listed));
    }
    return facets;
  }

  SortedMap<Integer, Long> years() throws IOException {
    SortedMap<Integer, Long> years = new TreeMap<>();
    long[] range = ordinals.years();
    for (int ord = (int) range[0]; ord < range[1]; ord++) {
      if (counts[ord] > 0) {
        years.merge(Integer.parseInt(ordinals.value(ord)), (long) counts[ord], Long::sum);
      }
    }
    return years;
  }

  // the numbers of the most counted values in a run, most first; numbers are in alphabetical order
  private List<Integer> mostFrequent(int from, int to) {
    PriorityQueue<Integer> least = new PriorityQueue<>(
        Comparator.<Integer>comparingInt(ord -> counts[ord]).thenComparing(Comparator.reverseOrder()));
    for (int ord = from; ord < to; ord++) {
      if (counts[ord] > 0 && (least.size() < MOST_VALUES || counts[ord] > counts[least.peek()])) {
        least.add(ord);
        if (least.size() > MOST_VALUES) {
          least.poll();
        }
      }
    }
    List<Integer> most = new ArrayList<>(least);
    most.sort(Comparator.<Integer>comparingInt(ord -> -counts[ord]).thenComparing(Comparator.naturalOrder()));
    return most;
  }

  // the facets of a segment's matches: directly, or, when they are most of what the viewer may
  // see there, as the segment's holdings less the documents not matched
  private void countFacets(LeafReaderContext leaf, FixedBitSet matched, Holdings holdings) throws IOException {
    int found = matched.cardinality();
    total += found;
    if (found == 0) {
      return;
    }
    SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), Fields.FACETS);
    int[] here = new int[Math.toIntExact(values.getValueCount())];
    if (found > leaf.reader().numDocs() / 2) {
      FixedBitSet unmatched = holdings.visible().clone();
      unmatched.andNot(matched);
      for (int ord = 0; ord < here.length; ord++) {
        here[ord] = holdings.count(ord);
      }
      Holdings.count(leaf, unmatched, here, -1);
    } else {
      Holdings.count(leaf, matched, here, 1);
    }
    LongValues global = ordinals.global(leaf.ord);
    for (int ord = 0; ord < here.length; ord++) {
      if (here[ord] > 0) {
        counts[(int) global.get(ord)] += here[ord];
      }
    }
  }
}

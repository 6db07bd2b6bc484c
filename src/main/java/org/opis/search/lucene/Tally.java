package org.opis.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
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
 * number ({@link FacetOrdinals}) and only those listed are read as text.
 */
final class Tally implements Collector {
  /** The most values of one facet a result lists. */
  static final int MOST_VALUES = 50;

  private final FacetOrdinals ordinals;
  private final int[] counts;
  private long total;

  private Tally(FacetOrdinals ordinals) {
    this.ordinals = ordinals;
    this.counts = new int[Math.toIntExact(ordinals.count())];
  }

  static CollectorManager<Tally, Tally> manager(IndexReader reader) throws IOException {
    FacetOrdinals ordinals = FacetOrdinals.of(reader);
    return new CollectorManager<>() {
      @Override
      public Tally newCollector() {
        return new Tally(ordinals);
      }

      @Override
      public Tally reduce(Collection<Tally> tallies) {
        Tally all = new Tally(ordinals);
        tallies.forEach(all::add);
        return all;
      }
    };
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

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext leaf) throws IOException {
    SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), Fields.FACETS);
    int[] here = new int[Math.toIntExact(values.getValueCount())];
    LongValues global = ordinals.global(leaf.ord);
    return new LeafCollector() {
      @Override
      public void setScorer(Scorable scorer) {}

      @Override
      public void collect(int doc) throws IOException {
        total++;
        if (values.advanceExact(doc)) {
          for (int n = values.docValueCount(); n > 0; n--) {
            here[(int) values.nextOrd()]++;
          }
        }
      }

      @Override
      public void finish() {
        for (int ord = 0; ord < here.length; ord++) {
          if (here[ord] > 0) {
            counts[(int) global.get(ord)] += here[ord];
          }
        }
      }
    };
  }

  private void add(Tally other) {
    total += other.total;
    for (int ord = 0; ord < counts.length; ord++) {
      counts[ord] += other.counts[ord];
    }
  }
}

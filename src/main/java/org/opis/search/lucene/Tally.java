package org.opis.search.lucene;

import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.opis.search.Facet;
import org.opis.search.SearchResult.FacetCount;

/**
 * A count of every document a search matches: how many, how many have each value of each facet,
 * and how many fall in each year. It visits every match, not a sample, so the counts are exact;
 * and it sees only what the search's filters let through, so it never counts what the viewer may
 * not see.
 */
final class Tally implements Collector {
  /** The most values of one facet a result lists. */
  static final int MOST_VALUES = 50;
  /** Past this many distinct values in a segment, counts are kept by value rather than in an array. */
  private static final int DENSE = 1 << 16;

  private final Map<Facet, Map<String, Long>> values = new EnumMap<>(Facet.class);
  private final Map<Integer, Long> years = new HashMap<>();
  private long total;

  static CollectorManager<Tally, Tally> manager() {
    return new CollectorManager<>() {
      @Override
      public Tally newCollector() {
        return new Tally();
      }

      @Override
      public Tally reduce(Collection<Tally> tallies) {
        Tally all = new Tally();
        tallies.forEach(all::add);
        return all;
      }
    };
  }

  long total() {
    return total;
  }

  /** For each facet, its most frequent values, most frequent first, ties in alphabetical order. */
  Map<Facet, List<FacetCount>> facets() {
    Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      facets.put(facet, values.getOrDefault(facet, Map.of()).entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
          .limit(MOST_VALUES)
          .map(e -> new FacetCount(e.getKey(), e.getValue()))
          .toList());
    }
    return facets;
  }

  SortedMap<Integer, Long> years() {
    return new TreeMap<>(years);
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext leaf) throws IOException {
    Facet[] facets = Facet.values();
    SortedSetDocValues[] ords = new SortedSetDocValues[facets.length];
    int[][] counts = new int[facets.length][];
    Map<Long, Integer>[] sparse = sparseCounts(facets.length);
    for (int i = 0; i < facets.length; i++) {
      ords[i] = DocValues.getSortedSet(leaf.reader(), Fields.facet(facets[i]));
      long distinct = ords[i].getValueCount();
      counts[i] = distinct <= DENSE ? new int[(int) distinct] : null;
      sparse[i] = distinct <= DENSE ? null : new HashMap<>();
    }
    NumericDocValues year = DocValues.getNumeric(leaf.reader(), Fields.YEAR);
    Map<Integer, Long> leafYears = new HashMap<>();
    return new LeafCollector() {
      @Override
      public void setScorer(Scorable scorer) {}

      @Override
      public void collect(int doc) throws IOException {
        total++;
        for (int i = 0; i < ords.length; i++) {
          if (ords[i].advanceExact(doc)) {
            for (int n = ords[i].docValueCount(); n > 0; n--) {
              long ord = ords[i].nextOrd();
              if (counts[i] != null) {
                counts[i][(int) ord]++;
              } else {
                sparse[i].merge(ord, 1, Integer::sum);
              }
            }
          }
        }
        if (year.advanceExact(doc)) {
          leafYears.merge((int) year.longValue(), 1L, Long::sum);
        }
      }

      @Override
      public void finish() throws IOException {
        for (int i = 0; i < ords.length; i++) {
          Map<String, Long> tally = values.computeIfAbsent(facets[i], f -> new HashMap<>());
          if (counts[i] != null) {
            for (int ord = 0; ord < counts[i].length; ord++) {
              if (counts[i][ord] > 0) {
                tally.merge(ords[i].lookupOrd(ord).utf8ToString(), (long) counts[i][ord], Long::sum);
              }
            }
          } else {
            for (Map.Entry<Long, Integer> e : sparse[i].entrySet()) {
              tally.merge(ords[i].lookupOrd(e.getKey()).utf8ToString(), (long) e.getValue(), Long::sum);
            }
          }
        }
        leafYears.forEach((y, n) -> years.merge(y, n, Long::sum));
      }
    };
  }

  private void add(Tally other) {
    total += other.total;
    other.values.forEach((facet, counts) -> counts.forEach(
        (value, n) -> values.computeIfAbsent(facet, f -> new HashMap<>()).merge(value, n, Long::sum)));
    other.years.forEach((y, n) -> years.merge(y, n, Long::sum));
  }

  @SuppressWarnings("unchecked")
  private static Map<Long, Integer>[] sparseCounts(int size) {
    return (Map<Long, Integer>[]) new Map<?, ?>[size];
  }
}

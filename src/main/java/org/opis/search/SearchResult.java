package org.opis.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One page of results, with what describes all of them.
 *
 * @param total how many documents match, exactly
 * @param hits the documents on this page
 * @param facets for each facet, its values among all matching documents with their counts,
 *     most frequent first (at most 50 a facet)
 * @param years how many matching documents fall in each year (by the earliest day of their
 *     date), for the histogram
 * @param notices what could not be searched as typed and what was done instead, in words a
 *     reader understands ("the quotation mark after "Tabriz" was never closed; searched as if
 *     it were")
 * @param suggestion a looser or corrected query likelier to find something, when few or none
 *     match
 * @param page this page's number
 * @param size how many a full page holds
 */
public record SearchResult(
    long total,
    List<Hit> hits,
    Map<Facet, List<FacetCount>> facets,
    SortedMap<Integer, Long> years,
    List<String> notices,
    Optional<String> suggestion,
    int page,
    int size) {
  public SearchResult {
    hits = List.copyOf(hits);
    EnumMap<Facet, List<FacetCount>> copy = new EnumMap<>(Facet.class);
    facets.forEach((f, counts) -> copy.put(f, List.copyOf(counts)));
    facets = Collections.unmodifiableMap(copy);
    years = Collections.unmodifiableSortedMap(new TreeMap<>(years));
    notices = List.copyOf(notices);
    Objects.requireNonNull(suggestion, "suggestion");
  }

  /** One value of a facet and how many matching documents have it. */
  public record FacetCount(String value, long count) {
    public FacetCount {
      Objects.requireNonNull(value, "value");
    }
  }
}

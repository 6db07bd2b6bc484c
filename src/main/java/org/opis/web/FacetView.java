package org.opis.web;

import java.util.List;
import java.util.Locale;
import org.opis.record.Languages;
import org.opis.search.Facet;
import org.opis.search.SearchResult.FacetCount;

/**
 * One facet of a search as its list of values, each with how many of the results have it, and a
 * link that narrows the search to it (or, for a value already chosen, widens it again).
 *
 * @param facet which facet
 * @param heading its name as a heading ("Type", "Person")
 * @param values its values, most frequent first, as the index counted them
 */
public record FacetView(Facet facet, String heading, List<Value> values) {
  /** How many values are shown before the rest are folded away. */
  public static final int SHOWN = 8;

  static FacetView of(Facet facet, List<FacetCount> counts, SearchRequest request) {
    List<String> chosen = request.filters().getOrDefault(facet, List.of());
    return new FacetView(facet, heading(facet), counts.stream().map(c -> {
      boolean isChosen = chosen.contains(c.value());
      SearchRequest next = isChosen ? request.removing(facet, c.value()) : request.adding(facet, c.value());
      return new Value(label(facet, c.value()), c.count(), next.link(), isChosen);
    }).toList());
  }

  /** The facet's name as a reader sees it. */
  static String heading(Facet facet) {
    String name = facet.name().toLowerCase(Locale.ROOT);
    return DocumentLine.capitalised(name);
  }

  /** A value as a reader sees it: a type capitalised, a language by its English name. */
  static String label(Facet facet, String value) {
    switch (facet) {
      case TYPE:
        return DocumentLine.capitalised(value);
      case LANGUAGE:
        return Languages.name(value);
      default:
        return value;
    }
  }

  /** The first {@value #SHOWN} values. */
  public List<Value> shown() {
    return values.subList(0, Math.min(SHOWN, values.size()));
  }

  /** The values past the first {@value #SHOWN}, folded away. */
  public List<Value> more() {
    return values.size() > SHOWN ? values.subList(SHOWN, values.size()) : List.of();
  }

  /**
   * A value of a facet.
   *
   * @param link the search narrowed to this value, or without it when it is chosen
   * @param chosen whether the search is already filtered by it
   */
  public record Value(String label, long count, String link, boolean chosen) {}
}

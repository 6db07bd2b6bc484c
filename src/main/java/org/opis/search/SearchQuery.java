package org.opis.search;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a reader asked for: the words as typed, the filters chosen, the dates, the order and the
 * page.
 *
 * @param text the query as typed in the search box; blank for every document
 * @param filters for each facet, the values chosen: a document must have one of the values of
 *     every facet filtered
 * @param from only documents whose date range reaches this day or later
 * @param to only documents whose date range starts on this day or earlier
 * @param order relevance, or date either way
 * @param page from 1
 * @param size results on a page: 1 to {@link #MAX_SIZE}
 */
public record SearchQuery(
    String text,
    Map<Facet, Set<String>> filters,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Order order,
    int page,
    int size) {
  public static final int MAX_SIZE = 100;
  /** How deep into the results paging may go; past it a reader is asked to narrow the search. */
  public static final int MAX_WINDOW = 10_000;

  public SearchQuery {
    Objects.requireNonNull(text, "text");
    EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
    filters.forEach((facet, values) -> {
      if (!values.isEmpty()) {
        copy.put(facet, Set.copyOf(values));
      }
    });
    filters = java.util.Collections.unmodifiableMap(copy);
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(order, "order");
    if (page < 1) {
      throw new IllegalArgumentException("page must be 1 or more: " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be 1 to " + MAX_SIZE + ": " + size);
    }
  }

  /** The first 20 results for this text, by relevance, unfiltered. */
  public static SearchQuery of(String text) {
    return new SearchQuery(text, Map.of(), Optional.empty(), Optional.empty(), Order.RELEVANCE, 1, 20);
  }

  public SearchQuery filter(Facet facet, String... values) {
    EnumMap<Facet, Set<String>> more = new EnumMap<>(Facet.class);
    more.putAll(filters);
    more.put(facet, Set.of(values));
    return new SearchQuery(text, more, from, to, order, page, size);
  }

  public SearchQuery between(LocalDate first, LocalDate last) {
    return new SearchQuery(text, filters, Optional.ofNullable(first), Optional.ofNullable(last), order, page, size);
  }

  public SearchQuery orderedBy(Order value) {
    return new SearchQuery(text, filters, from, to, value, page, size);
  }

  public SearchQuery page(int number, int pageSize) {
    return new SearchQuery(text, filters, from, to, order, number, pageSize);
  }

  /** The orders results can be in. */
  public enum Order {
    /** Best match first; exact spellings above phonetic matches. */
    RELEVANCE,
    /** Oldest first, undated last. */
    DATE_ASCENDING,
    /** Newest first, undated last. */
    DATE_DESCENDING
  }
}

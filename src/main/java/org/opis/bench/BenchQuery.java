package org.opis.bench;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.opis.search.Facet;
import org.opis.search.SearchQuery;

/**
 * One query of the benchmark, in both the forms it is asked in: as a reader types it into Opis,
 * and as the words a bare Lucene index is asked for.
 *
 * @param kind what sort of question it is
 * @param text the query as typed in Opis's search box ({@code "of the"}, {@code person:Molotov})
 * @param words the words the plain index looks for, in order, as they stand in the text
 * @param dates the range of days the documents must be dated in, when the query has one
 * @param facets for each facet filtered, the one value chosen
 */
public record BenchQuery(
    QueryKind kind, String text, List<String> words, Optional<Dates> dates, Map<Facet, String> facets) {
  public BenchQuery {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    words = List.copyOf(words);
    Objects.requireNonNull(dates, "dates");
    facets = facets.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(facets));
  }

  /** A query of words alone, typed as {@code text}. */
  static BenchQuery of(QueryKind kind, String text, List<String> words) {
    return new BenchQuery(kind, text, words, Optional.empty(), Map.of());
  }

  /** The query Opis is asked: the first page of 20 results by relevance, with the filters. */
  public SearchQuery toSearchQuery() {
    SearchQuery q = SearchQuery.of(text);
    for (Map.Entry<Facet, String> f : facets.entrySet()) {
      q = q.filter(f.getKey(), f.getValue());
    }
    if (dates.isPresent()) {
      q = q.between(dates.get().from(), dates.get().to());
    }
    return q;
  }

  /** A range of days, both ends included. */
  public record Dates(LocalDate from, LocalDate to) {
    public Dates {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(text);
    dates.ifPresent(d -> s.append(" [").append(d.from()).append("..").append(d.to()).append(']'));
    facets.forEach((f, v) -> s.append(' ').append(f.parameter()).append('=').append(v));
    return s.toString();
  }
}

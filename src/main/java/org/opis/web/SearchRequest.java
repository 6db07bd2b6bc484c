package org.opis.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.opis.problem.InvalidInputException;
import org.opis.search.Facet;
import org.opis.search.query.QueryParser;
import org.opis.search.SearchQuery;
import org.opis.search.SearchQuery.Order;

/**
 * What a reader asked to search for, as read from the query of a search address
 * ({@code /search?q=kuchuk&type=telegram&from=1920&to=1925&order=oldest&page=2&size=50}). Every
 * state of the search page is its address, so a search can be shared, bookmarked and gone back
 * to; the page and the JSON API read the same parameters.
 *
 * @param text the words as typed, control characters made spaces; blank for every document
 * @param filters for each facet filtered, the values chosen, in the order they were chosen,
 *     control characters made spaces
 * @param from only documents reaching this date or later
 * @param to only documents starting on this date or earlier
 * @param order relevance, oldest or newest first
 * @param page from 1
 * @param size one of {@link ListingView#SIZES}
 */
public record SearchRequest(
    String text,
    Map<Facet, List<String>> filters,
    Optional<TypedDate> from,
    Optional<TypedDate> to,
    Order order,
    int page,
    int size) {
  public static final int DEFAULT_SIZE = 20;
  /** How many values one facet may be filtered by at once, and how long each may be. */
  static final int MAX_VALUES = 20;
  static final int LONGEST_VALUE = 300;

  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

  public SearchRequest {
    Objects.requireNonNull(text, "text");
    Map<Facet, List<String>> copy = new EnumMap<>(Facet.class);
    filters.forEach((facet, values) -> {
      if (!values.isEmpty()) {
        copy.put(facet, List.copyOf(values));
      }
    });
    filters = Collections.unmodifiableMap(copy);
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(order, "order");
  }

  /**
   * Reads the query of a request. The words typed are never refused; the parameters around them
   * are, when they cannot be used.
   *
   * @throws InvalidInputException naming the parameter and its value: a date that is not one,
   *     dates in the wrong order, an unknown order, a page size not offered, a page number that is
   *     not a whole number from 1 (a page past the results is an empty page with a notice)
   */
  public static SearchRequest read(Context ctx) {
    return read(ctx, true, SearchRequest::refuse);
  }

  /**
   * Reads the query of a request for the search page, which always shows results: a parameter
   * that cannot be used is left aside (a date, an order, a size, a page, a filter's value) or put
   * right (dates in the wrong order are swapped), and {@code notices} is told what and why.
   */
  public static SearchRequest readLeniently(Context ctx, Consumer<String> notices) {
    return read(ctx, true, (problem, instead) -> notices.accept(problem.getMessage() + ". " + instead + "."));
  }

  /**
   * The search of a request whose page and size do not matter (a citation file of every hit):
   * they are not read, so a value a results page would refuse is no reason to refuse it.
   */
  public static SearchRequest readUnpaged(Context ctx) {
    return read(ctx, false, SearchRequest::refuse);
  }

  private static SearchRequest read(Context ctx, boolean paged, SetAside setAside) {
    // parameters it does not know (a tracker's, a typo's) are left aside, as every web form does
    Map<String, List<String>> parameters = ctx.queryParamMap();
    String text = CONTROL.matcher(Optional.ofNullable(ctx.queryParam("q")).orElse("")).replaceAll(" ").strip();
    Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      filters.put(facet, values(facet.parameter(), parameters.getOrDefault(facet.parameter(), List.of()), setAside));
    }
    Optional<TypedDate> from = kept(() -> TypedDate.read("from", value(ctx, "from")), setAside, "Searched from any date");
    Optional<TypedDate> to = kept(() -> TypedDate.read("to", value(ctx, "to")), setAside, "Searched to any date");
    if (from.isPresent() && to.isPresent() && from.get().first().isAfter(to.get().last())) {
      setAside.accept(new InvalidInputException("the dates run from " + Quote.shortened(from.get().asTyped()) + " to "
          + Quote.shortened(to.get().asTyped()) + "; \"from\" should not be after \"to\""), "Searched from "
          + Quote.shortened(to.get().asTyped()) + " to " + Quote.shortened(from.get().asTyped()) + " instead");
      Optional<TypedDate> earlier = to;
      to = from;
      from = earlier;
    }
    // "sort" is what other archives' and catalogues' addresses call it
    Order order = kept(() -> value(ctx, "order").map(t -> order("order", t))
        .or(() -> value(ctx, "sort").map(t -> order("sort", t))), setAside, "Ordered by relevance instead")
        .orElse(Order.RELEVANCE);
    int size = paged ? kept(() -> value(ctx, "size").map(SearchRequest::size), setAside,
        "Showing " + DEFAULT_SIZE + " results to a page instead").orElse(DEFAULT_SIZE) : DEFAULT_SIZE;
    int page = paged ? kept(() -> value(ctx, "page").map(p -> page(p, size)), setAside, "Showing the first page instead")
        .orElse(1) : 1;
    return new SearchRequest(text, filters, from, to, order, page, size);
  }

  /** What is done with a parameter that cannot be used: refused, or left aside saying what was done instead. */
  private interface SetAside {
    void accept(InvalidInputException problem, String instead);
  }

  private static void refuse(InvalidInputException problem, String instead) {
    throw problem;
  }

  private static <T> Optional<T> kept(Supplier<Optional<T>> reading, SetAside setAside, String instead) {
    try {
      return reading.get();
    } catch (InvalidInputException e) {
      setAside.accept(e, instead);
      return Optional.empty();
    }
  }

  /** What to ask the index for. */
  public SearchQuery query() {
    Map<Facet, Set<String>> chosen = new EnumMap<>(Facet.class);
    filters.forEach((facet, values) -> chosen.put(facet, Set.copyOf(values)));
    return new SearchQuery(text, chosen, from.map(TypedDate::first), to.map(TypedDate::last), order, page, size);
  }

  /** Whether anything narrows the search besides its words: a facet's value or a date. */
  public boolean isFiltered() {
    return !filters.isEmpty() || from.isPresent() || to.isPresent();
  }

  /** The highest page that can be asked for at this size. */
  public int lastPageAllowed() {
    return SearchQuery.MAX_WINDOW / size;
  }

  /** The order as its query word: relevance, oldest or newest. */
  public String orderTerm() {
    switch (order) {
      case DATE_ASCENDING:
        return "oldest";
      case DATE_DESCENDING:
        return "newest";
      default:
        return "relevance";
    }
  }

  /** The same search for other words, from the first page. */
  public SearchRequest withText(String value) {
    return new SearchRequest(value, filters, from, to, order, 1, size);
  }

  /** The same words without any filter or date, from the first page. */
  public SearchRequest withoutFilters() {
    return new SearchRequest(text, Map.of(), Optional.empty(), Optional.empty(), order, 1, size);
  }

  /** The same search also filtered by this value of a facet, from the first page. */
  public SearchRequest adding(Facet facet, String value) {
    Map<Facet, List<String>> more = copy(filters);
    List<String> values = new ArrayList<>(filters.getOrDefault(facet, List.of()));
    if (!values.contains(value)) {
      values.add(value);
    }
    more.put(facet, values);
    return new SearchRequest(text, more, from, to, order, 1, size);
  }

  /** The same search no longer filtered by this value of a facet, from the first page. */
  public SearchRequest removing(Facet facet, String value) {
    Map<Facet, List<String>> fewer = copy(filters);
    fewer.put(facet, filters.getOrDefault(facet, List.of()).stream().filter(v -> !v.equals(value)).toList());
    return new SearchRequest(text, fewer, from, to, order, 1, size);
  }

  /** The same search between these dates, from the first page. */
  public SearchRequest between(Optional<TypedDate> first, Optional<TypedDate> last) {
    return new SearchRequest(text, filters, first, last, order, 1, size);
  }

  public SearchRequest orderedBy(Order value) {
    return new SearchRequest(text, filters, from, to, value, 1, size);
  }

  public SearchRequest withSize(int value) {
    return new SearchRequest(text, filters, from, to, order, 1, value);
  }

  public SearchRequest onPage(int number) {
    return new SearchRequest(text, filters, from, to, order, number, size);
  }

  /** This search as an address under {@code path}, leaving out what is at its default. */
  public String link(String path) {
    StringJoiner query = new StringJoiner("&");
    if (!text.isEmpty()) {
      // what the search read, no more: a query of 100,000 characters copied into each of the
      // page's hundreds of links made a page of 27 MB
      query.add("q=" + encoded(QueryParser.read(text)));
    }
    filters.forEach((facet, values) -> values.forEach(v -> query.add(facet.parameter() + "=" + encoded(v))));
    from.ifPresent(d -> query.add("from=" + encoded(d.asTyped())));
    to.ifPresent(d -> query.add("to=" + encoded(d.asTyped())));
    if (order != Order.RELEVANCE) {
      query.add("order=" + orderTerm());
    }
    if (page != 1) {
      query.add("page=" + page);
    }
    if (size != DEFAULT_SIZE) {
      query.add("size=" + size);
    }
    return query.length() == 0 ? path : path + "?" + query;
  }

  /** This search's page. */
  public String link() {
    return link("/search");
  }

  private static Map<Facet, List<String>> copy(Map<Facet, List<String>> filters) {
    Map<Facet, List<String>> copy = new EnumMap<>(Facet.class);
    copy.putAll(filters);
    return copy;
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static List<String> values(String parameter, List<String> typed, SetAside setAside) {
    Set<String> values = new LinkedHashSet<>();
    for (String t : typed) {
      String value = CONTROL.matcher(t).replaceAll(" ").strip();
      if (value.length() > LONGEST_VALUE) {
        setAside.accept(invalid(parameter, value, "a filter's value is at most " + LONGEST_VALUE + " characters"),
            "It was left out of the filters");
      } else if (!value.isEmpty()) {
        values.add(value);
      }
    }
    if (values.size() > MAX_VALUES) {
      setAside.accept(new InvalidInputException("\"" + parameter + "\" is given " + values.size() + " values; a search"
          + " can be filtered by at most " + MAX_VALUES + " values of one kind"), "The first " + MAX_VALUES + " were used");
      return values.stream().limit(MAX_VALUES).toList();
    }
    return List.copyOf(values);
  }

  private static Optional<String> value(Context ctx, String name) {
    return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(s -> !s.isEmpty());
  }

  private static Order order(String parameter, String term) {
    switch (term.toLowerCase(java.util.Locale.ROOT)) {
      case "relevance", "score":
        return Order.RELEVANCE;
      case "oldest", "date", "date-asc", "date_asc", "asc":
        return Order.DATE_ASCENDING;
      case "newest", "date-desc", "date_desc", "desc":
        return Order.DATE_DESCENDING;
      default:
        throw invalid(parameter, term, "use relevance, oldest or newest");
    }
  }

  private static int size(String typed) {
    for (int offered : ListingView.SIZES) {
      if (Integer.toString(offered).equals(typed)) {
        return offered;
      }
    }
    throw invalid("size", typed, "use 20, 50 or 100");
  }

  // a page deeper than the index pages through is refused here, so the index is never asked
  // a page past the first MAX_WINDOW results is asked for all the same: the index answers it
  // with an empty page and a notice saying how to narrow the search
  private static int page(String typed, int size) {
    if (!typed.matches("0*[1-9][0-9]{0,8}")) {
      throw invalid("page", typed, "use a whole number from 1 (" + size + " results to a page)");
    }
    return Integer.parseInt(typed);
  }

  private static InvalidInputException invalid(String name, String value, String use) {
    return new InvalidInputException("\"" + name + "\" is \"" + Quote.shortened(value) + "\"; " + use);
  }
}

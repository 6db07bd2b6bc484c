package org.opis.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import org.opis.catalog.Browse;
import org.opis.problem.InvalidInputException;

/**
 * What a reader asked to list, as read from the query of a browse address
 * ({@code /browse?type=telegram&decade=1920&order=newest&page=2&size=50}).
 *
 * @param type only documents of this type
 * @param decade only documents from this decade (1920 for the 1920s)
 * @param from only documents from this year on
 * @param to only documents up to this year
 * @param order oldest first, newest first, or most recently added first
 * @param page which page, from 1
 * @param size how many documents to a page, 1 to {@value Browse#MAX_SIZE}
 */
public record BrowseQuery(
    Optional<String> type,
    Optional<Integer> decade,
    Optional<Integer> from,
    Optional<Integer> to,
    Browse.Order order,
    int page,
    int size) {
  /** The highest page number accepted: far past any archive, and its offset still fits an int. */
  public static final int MAX_PAGE = 10_000_000;

  public static final int DEFAULT_SIZE = 20;
  private static final int MAX_YEAR = 9999;

  public BrowseQuery {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(decade, "decade");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(order, "order");
  }

  /**
   * Reads the query of a request.
   *
   * @throws InvalidInputException naming the parameter and its value, when a value cannot be used
   */
  public static BrowseQuery read(Context ctx) {
    Optional<String> type = text(ctx, "type").map(t -> t.toLowerCase(Locale.ROOT));
    if (type.isPresent() && type.get().length() > 100) {
      throw invalid("type", type.get(), "use a document type such as telegram or letter");
    }
    Optional<Integer> decade = number(ctx, "decade", -MAX_YEAR, MAX_YEAR, "a year ending in 0, such as 1920");
    if (decade.isPresent() && decade.get() % 10 != 0) {
      throw invalid("decade", decade.get().toString(), "use a year ending in 0, such as 1920");
    }
    Optional<Integer> from = number(ctx, "from", -MAX_YEAR, MAX_YEAR, "a year, such as 1920");
    Optional<Integer> to = number(ctx, "to", -MAX_YEAR, MAX_YEAR, "a year, such as 1929");
    if (from.isPresent() && to.isPresent() && from.get() > to.get()) {
      throw new InvalidInputException(
          "the years run from " + from.get() + " to " + to.get() + "; \"from\" should not be after \"to\"");
    }
    Browse.Order order = text(ctx, "order").map(BrowseQuery::order).orElse(Browse.Order.DATE_ASCENDING);
    int page = number(ctx, "page", 1, MAX_PAGE, "a whole number from 1 to " + MAX_PAGE).orElse(1);
    int size = number(ctx, "size", 1, Browse.MAX_SIZE, "a whole number from 1 to " + Browse.MAX_SIZE)
        .orElse(DEFAULT_SIZE);
    return new BrowseQuery(type, decade, from, to, order, page, size);
  }

  /** The same query on another page. */
  public BrowseQuery onPage(int number) {
    return new BrowseQuery(type, decade, from, to, order, number, size);
  }

  /** The same query with another page size, from the first page. */
  public BrowseQuery withSize(int value) {
    return new BrowseQuery(type, decade, from, to, order, 1, value);
  }

  /** What to ask the catalog for: the year range is the decade and from/to together. */
  public Browse browse() {
    Optional<Integer> first = latest(from, decade);
    Optional<Integer> last = earliest(to, decade.map(d -> d + 9));
    Browse browse = Browse.all().orderedBy(order).page(page, size).years(first.orElse(null), last.orElse(null));
    return type.map(browse::ofType).orElse(browse);
  }

  /** The order as its query word: oldest, newest or added. */
  public String orderTerm() {
    switch (order) {
      case DATE_DESCENDING:
        return "newest";
      case RECENTLY_ADDED:
        return "added";
      default:
        return "oldest";
    }
  }

  /** This query as an address under {@code path}, leaving out what is at its default. */
  public String link(String path) {
    StringJoiner query = new StringJoiner("&");
    type.ifPresent(t -> query.add("type=" + URLEncoder.encode(t, StandardCharsets.UTF_8)));
    decade.ifPresent(d -> query.add("decade=" + d));
    from.ifPresent(y -> query.add("from=" + y));
    to.ifPresent(y -> query.add("to=" + y));
    if (order != Browse.Order.DATE_ASCENDING && order != Browse.Order.CURATED) {
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

  private static Browse.Order order(String term) {
    switch (term) {
      case "oldest":
        return Browse.Order.DATE_ASCENDING;
      case "newest":
        return Browse.Order.DATE_DESCENDING;
      case "added":
        return Browse.Order.RECENTLY_ADDED;
      default:
        throw invalid("order", term, "use oldest, newest or added");
    }
  }

  private static Optional<String> text(Context ctx, String name) {
    return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(s -> !s.isEmpty());
  }

  private static Optional<Integer> number(Context ctx, String name, int min, int max, String use) {
    Optional<String> value = text(ctx, name);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      long n = Long.parseLong(value.get());
      if (n < min || n > max) {
        throw invalid(name, value.get(), "use " + use);
      }
      return Optional.of((int) n);
    } catch (NumberFormatException e) {
      throw invalid(name, value.get(), "use " + use);
    }
  }

  private static InvalidInputException invalid(String name, String value, String use) {
    return new InvalidInputException("\"" + name + "\" is \"" + Quote.shortened(value) + "\"; " + use);
  }

  private static Optional<Integer> latest(Optional<Integer> a, Optional<Integer> b) {
    return a.isEmpty() ? b : b.isEmpty() ? a : Optional.of(Math.max(a.get(), b.get()));
  }

  private static Optional<Integer> earliest(Optional<Integer> a, Optional<Integer> b) {
    return a.isEmpty() ? b : b.isEmpty() ? a : Optional.of(Math.min(a.get(), b.get()));
  }
}

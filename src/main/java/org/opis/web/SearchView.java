package org.opis.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.opis.search.SearchQuery.Order;
import org.opis.search.SearchResult;

/**
 * Everything the search page shows, worked out from the request and the index's answer so that
 * the template only lays it out.
 *
 * @param request what was asked, for the form and every link
 * @param total how many documents match
 * @param hits this page's documents
 * @param facets each facet with values among the results
 * @param years the results' dates as a histogram; empty when none has a date
 * @param chosen the filters and dates in force, each with a link that removes it
 * @param notices what could not be searched as typed, and what was searched instead
 * @param suggestion a likelier search the index proposes
 * @param looser searches one step looser, offered when nothing matched
 * @param orders the orders the results can be sorted in, the current one marked
 * @param pager where this page is among the results
 */
public record SearchView(
    Masthead masthead,
    SearchRequest request,
    long total,
    List<HitView> hits,
    List<FacetView> facets,
    Optional<Histogram> years,
    List<Option> chosen,
    List<String> notices,
    Optional<Option> suggestion,
    List<Option> looser,
    List<Option> orders,
    Pager pager) {

  /**
   * @param setAside what of the address could not be used, and what was searched instead
   */
  static SearchView of(Masthead masthead, SearchRequest request, SearchResult result, List<String> setAside) {
    List<FacetView> facets = new ArrayList<>();
    result.facets().forEach((facet, counts) -> {
      if (!counts.isEmpty()) {
        facets.add(FacetView.of(facet, counts, request));
      }
    });
    return new SearchView(
        masthead,
        request,
        result.total(),
        HitView.of(result.hits()),
        facets,
        Histogram.of(result.years(), request),
        chosen(request),
        Stream.concat(setAside.stream(), result.notices().stream()).toList(),
        result.suggestion().filter(s -> !s.isBlank() && !s.equals(request.text()))
            .map(s -> new Option(s, request.withText(s).link(), false)),
        result.total() == 0 ? LooserSearches.of(request) : List.of(),
        Stream.of(Order.values()).map(o -> new Option(label(o), request.orderedBy(o).link(), request.order() == o))
            .toList(),
        Pager.of(request, result));
  }

  /** The heading of the page: the words searched for, or every document. */
  public String heading() {
    return request.text().isEmpty() ? "Search the archive" : "Search for \u201c" + Quote.shortened(request.text()) + "\u201d";
  }

  /** The orders as the choices of the form's select, by their query words. */
  public List<ListingView.Choice> orderChoices() {
    return Stream.of(Order.values()).map(o -> new ListingView.Choice(
        request.orderedBy(o).orderTerm(), label(o), request.order() == o)).toList();
  }

  private static List<Option> chosen(SearchRequest request) {
    List<Option> chosen = new ArrayList<>();
    request.filters().forEach((facet, values) -> values.forEach(v -> chosen.add(
        new Option(FacetView.heading(facet) + ": " + FacetView.label(facet, v), request.removing(facet, v).link(),
            true))));
    request.from().ifPresent(d -> chosen.add(
        new Option("From: " + d.asTyped(), request.between(Optional.empty(), request.to()).link(), true)));
    request.to().ifPresent(d -> chosen.add(
        new Option("To: " + d.asTyped(), request.between(request.from(), Optional.empty()).link(), true)));
    return chosen;
  }

  private static String label(Order order) {
    switch (order) {
      case DATE_ASCENDING:
        return "Oldest first";
      case DATE_DESCENDING:
        return "Newest first";
      default:
        return "Relevance";
    }
  }

  /**
   * A choice a reader can follow.
   *
   * @param label what it is, in words
   * @param link where it leads
   * @param current whether it is what the page shows now (a chosen filter, the current order)
   */
  public record Option(String label, String link, boolean current) {}

  /**
   * Where a page is among the results.
   *
   * @param number this page's number
   * @param pages how many pages can be reached
   * @param first the first result's position on this page, from 1
   * @param last the last result's position on this page
   * @param previous the previous page, if any
   * @param next the next page, if any
   * @param lastPage the last page that can be reached
   * @param sizes the same search with each offered page size
   * @param cut whether more results match than can be paged through
   */
  public record Pager(
      int number,
      int pages,
      long first,
      long last,
      Optional<String> previous,
      Optional<String> next,
      String lastPage,
      List<Option> sizes,
      boolean cut) {

    static Pager of(SearchRequest request, SearchResult result) {
      int size = request.size();
      long all = (result.total() + size - 1) / size;
      int pages = (int) Math.min(all, request.lastPageAllowed());
      int number = request.page();
      long first = (long) (number - 1) * size + 1;
      List<Option> sizes = ListingView.SIZES.stream()
          .map(s -> new Option(Integer.toString(s), request.withSize(s).link(), s == size)).toList();
      return new Pager(
          number,
          pages,
          first,
          first + result.hits().size() - 1,
          number > 1 && pages > 0 ? Optional.of(request.onPage(Math.min(number - 1, pages)).link()) : Optional.empty(),
          number < pages ? Optional.of(request.onPage(number + 1).link()) : Optional.empty(),
          request.onPage(Math.max(pages, 1)).link(),
          sizes,
          all > pages);
    }

    /** Whether the page asked for lies past the last page of results that are there. */
    public boolean pastTheEnd() {
      return number > pages;
    }
  }
}

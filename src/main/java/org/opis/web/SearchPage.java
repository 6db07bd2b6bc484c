package org.opis.web;

import io.javalin.http.Context;
import org.opis.search.SearchResult;

/** The search page: results, facets, the year histogram and the ways to narrow or widen them. */
final class SearchPage {
  private final Room room;

  SearchPage(Room room) {
    this.room = room;
  }

  void show(Context ctx) {
    SearchRequest request = SearchRequest.read(ctx);
    SearchResult result = room.index.search(request.query(), room.viewer(ctx));
    String title = request.text().isEmpty() ? "Search" : "Search: " + Quote.shortened(request.text());
    if (request.page() > 1) {
      title += ", page " + request.page();
    }
    room.render(ctx, "search.jte", "page", SearchView.of(room.masthead(title), request, result));
  }
}

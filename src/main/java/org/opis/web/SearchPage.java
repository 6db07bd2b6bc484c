package org.opis.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.opis.search.SearchResult;

/** The search page: results, facets, the year histogram and the ways to narrow or widen them. */
final class SearchPage {
  private final Room room;

  SearchPage(Room room) {
    this.room = room;
  }

  void show(Context ctx) {
    // a reader who edits the address, or follows an old link, gets results and is told what was set aside
    List<String> setAside = new ArrayList<>();
    SearchRequest request = SearchRequest.readLeniently(ctx, setAside::add);
    SearchResult result = room.index.search(request.query(), room.viewer(ctx));
    String title = request.text().isEmpty() ? "Search" : "Search: " + Quote.shortened(request.text());
    if (request.page() > 1) {
      title += ", page " + request.page();
    }
    // result pages are for readers, not for search engines' indexes; the canonical address
    // holds the search in its normal form, and the citation files every document it found
    Head head = Head.plain().withRobots("noindex, follow")
        .withDownloads(CitationFiles.downloads("/search", request.onPage(1).link("")));
    Masthead masthead = room.masthead(ctx, title, request.link()).with(head);
    room.render(ctx, "search.jte", "page", SearchView.of(masthead, request, result, setAside));
  }
}

package org.opis.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.opis.canonical.CanonicalJson;
import org.opis.search.Hit;
import org.opis.search.SearchResult;
import org.opis.search.Snippet;

/**
 * The search as JSON, for scripts: the same parameters as the search page ({@code q}, the
 * facets {@code type}, {@code language}, {@code collection}, {@code archive}, {@code person},
 * {@code place}, {@code subject}, {@code translator}, {@code funder}, each repeatable, and
 * {@code from}, {@code to}, {@code order}, {@code page}, {@code size}) and the same answer:
 *
 * <pre>{@code
 * {"query": {"q": "kuchuk", "filters": {"type": ["telegram"]},
 *            "from": {"asTyped": "1920s", "day": "1920-01-01"}, "to": null,
 *            "order": "relevance", "page": 1, "size": 20},
 *  "total": 1, "page": 1, "size": 20, "pages": 1,
 *  "notices": ["..."], "suggestion": null, "looser": [],
 *  "hits": [{"id": "1", "title": "...", "date": "November 16, 1920", "type": "telegram",
 *            "from": ["Stalin"], "to": ["LENIN", "TsEKA"],
 *            "page": "/documents/1", "json": "/api/documents/1",
 *            "snippets": [{"source": "text", "text": "...Kuchuk-Khan fled...",
 *                          "parts": [{"text": "...", "match": false}, {"text": "Kuchuk", "match": true}]}]}],
 *  "facets": {"type": [{"value": "telegram", "count": 1}], "person": [...]},
 *  "years": [{"year": 1920, "count": 1}],
 *  "links": {"html": "/search?q=kuchuk", "previous": null, "next": null}}
 * }</pre>
 *
 * <p>{@code looser} lists, when nothing matched, the searches one step looser ({@code label},
 * {@code html} and {@code json} addresses), as the search page offers them. {@code date} is the date as written, {@code null} when the document has none, as is
 * {@code type}; {@code facets} holds only facets with values, most frequent first; {@code years}
 * counts the matching documents in each year that has any, by the earliest day of their date.
 * A value that cannot be used answers 400 with {@code {"error": {"status": 400, "message":
 * "..."}}}; the words in {@code q} never do.
 */
final class SearchApi {
  private static final String PATH = "/api/search";
  private final Room room;

  SearchApi(Room room) {
    this.room = room;
  }

  void search(Context ctx) {
    SearchRequest request = SearchRequest.read(ctx);
    SearchResult result = room.index.search(request.query(), room.viewer(ctx));
    SearchView.Pager pager = SearchView.Pager.of(request, result);
    ObjectNode body = CanonicalJson.mapper().createObjectNode();
    query(body.putObject("query"), request);
    body.put("total", result.total());
    body.put("page", request.page());
    body.put("size", request.size());
    body.put("pages", pager.pages());
    result.notices().forEach(body.putArray("notices")::add);
    body.put("suggestion", result.suggestion().orElse(null));
    // when nothing matched, the searches one step looser, as the search page offers them
    ArrayNode looser = body.putArray("looser");
    if (result.total() == 0) {
      LooserSearches.of(request).forEach(o -> looser.addObject().put("label", o.label())
          .put("html", o.link()).put("json", o.link().replaceFirst("^/search", PATH)));
    }
    ArrayNode hits = body.putArray("hits");
    result.hits().forEach(h -> hit(hits.addObject(), h));
    ObjectNode facets = body.putObject("facets");
    result.facets().forEach((facet, counts) -> {
      if (!counts.isEmpty()) {
        ArrayNode values = facets.putArray(facet.parameter());
        counts.forEach(c -> values.addObject().put("value", c.value()).put("count", c.count()));
      }
    });
    ArrayNode years = body.putArray("years");
    result.years().forEach((year, count) -> years.addObject().put("year", year).put("count", count));
    ObjectNode links = body.putObject("links");
    links.put("html", request.link());
    links.put("previous", pager.previous().isEmpty() ? null
        : request.onPage(Math.min(request.page() - 1, pager.pages())).link(PATH));
    links.put("next", pager.next().isEmpty() ? null : request.onPage(request.page() + 1).link(PATH));
    DocumentsApi.json(ctx, body);
  }

  private static void query(ObjectNode query, SearchRequest request) {
    query.put("q", request.text());
    ObjectNode filters = query.putObject("filters");
    request.filters().forEach((facet, values) -> values.forEach(filters.withArray(facet.parameter())::add));
    date(query, "from", request.from(), TypedDate::first);
    date(query, "to", request.to(), TypedDate::last);
    query.put("order", request.orderTerm());
    query.put("page", request.page());
    query.put("size", request.size());
  }

  // the day searched from or to beside the date as typed, so a script sees how "1920s" was read
  private static void date(ObjectNode query, String name, Optional<TypedDate> date, Function<TypedDate, LocalDate> day) {
    date.ifPresentOrElse(d -> query.putObject(name).put("asTyped", d.asTyped()).put("day", day.apply(d).toString()),
        () -> query.putNull(name));
  }

  private static void hit(ObjectNode json, Hit hit) {
    json.put("id", hit.id().value());
    json.put("title", hit.title());
    json.put("date", hit.date().orElse(null));
    json.put("type", hit.type().orElse(null));
    names(json.putArray("from"), hit.creators());
    names(json.putArray("to"), hit.recipients());
    json.put("page", "/documents/" + hit.id().value());
    json.put("json", "/api/documents/" + hit.id().value());
    ArrayNode snippets = json.putArray("snippets");
    for (Snippet s : hit.snippets()) {
      ObjectNode snippet = snippets.addObject().put("source", s.source()).put("text", s.text());
      ArrayNode parts = snippet.putArray("parts");
      s.parts().forEach(p -> parts.addObject().put("text", p.text()).put("match", p.match()));
    }
  }

  private static void names(ArrayNode array, List<String> names) {
    names.forEach(array::add);
  }
}

package org.opis.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opis.catalog.Browse;
import org.opis.catalog.CollectionSummary;
import org.opis.catalog.Page;
import org.opis.catalog.Viewer;
import org.opis.cite.Citable;
import org.opis.cite.Edition;
import org.opis.cite.ReferenceFormat;
import org.opis.problem.InvalidInputException;
import org.opis.problem.NotFoundException;
import org.opis.record.Document;
import org.opis.search.Hit;
import org.opis.search.SearchQuery;
import org.opis.search.SearchResult;

/**
 * Citation files for reference managers: one document, every document a search finds, or a
 * whole collection, in BibTeX, RIS or CSL-JSON. A search or collection gives its first
 * {@link #LIMIT} documents, in the order the page lists them; the response says how many there
 * are in all ({@code X-Total-Count}) and how many it holds ({@code X-Exported-Count}).
 *
 * <p>Files are public whoever asks, a signed-in editor too: they are copied, shared and pasted
 * into bibliographies, so a restricted or still-embargoed document is never in one.
 */
final class CitationFiles {
  /** The most documents one file holds: enough for a reading list, small enough to send at once. */
  static final int LIMIT = 1_000;
  private static final int BATCH = 100;

  private final Room room;

  CitationFiles(Room room) {
    this.room = room;
  }

  /** The addresses of a page's citation files: its path with "/cite.bib" and so on, and the query kept. */
  static List<Head.Download> downloads(String path, String query) {
    List<Head.Download> all = new ArrayList<>();
    for (ReferenceFormat f : ReferenceFormat.values()) {
      all.add(new Head.Download(label(f), path + "/cite." + f.extension() + query, f.mediaType()));
    }
    return all;
  }

  static String label(ReferenceFormat f) {
    switch (f) {
      case BIBTEX:
        return "BibTeX";
      case RIS:
        return "RIS";
      default:
        return "CSL-JSON";
    }
  }

  /** The citable form of a document as this request sees it: its permalink, today as the day of reading. */
  static Citable citable(Room room, Context ctx, Document d) {
    return Citable.of(d, new Edition(room.archiveName(), room.permalink(ctx, d.requireId()), room.today()));
  }

  void document(Context ctx, ReferenceFormat format) {
    Document d = DocumentPage.find(room, ctx.pathParam("id"), room.viewer());
    send(ctx, format, List.of(citable(room, ctx, d)), 1, "document-" + d.requireId().value());
  }

  void document(Context ctx) {
    document(ctx, asked(ctx));
  }

  void search(Context ctx, ReferenceFormat format) {
    // every hit is cited, whatever page of results the link was on (README, Citations)
    SearchRequest request = SearchRequest.readUnpaged(ctx);
    Viewer viewer = room.viewer();
    List<Citable> found = new ArrayList<>();
    long total = 0;
    for (int page = 1; found.size() < LIMIT; page++) {
      SearchResult result = room.index.search(request.query().page(page, BATCH), viewer);
      total = result.total();
      for (Hit hit : result.hits()) {
        // the index is derived: a document it still holds may have gone or been restricted since
        room.catalog.document(hit.id(), viewer).ifPresent(d -> found.add(citable(room, ctx, d)));
      }
      if (result.hits().size() < BATCH || (long) page * BATCH >= Math.min(total, SearchQuery.MAX_WINDOW)) {
        break;
      }
    }
    send(ctx, format, found.subList(0, Math.min(LIMIT, found.size())), total, "search");
  }

  void search(Context ctx) {
    search(ctx, asked(ctx));
  }

  void collection(Context ctx, ReferenceFormat format) {
    String id = ctx.pathParam("id");
    Viewer viewer = room.viewer();
    CollectionSummary collection = room.catalog.collection(id, viewer).filter(c -> c.documents() > 0)
        .orElseThrow(() -> new NotFoundException("there is no collection \"" + Quote.shortened(id) + "\" in this archive"));
    List<Citable> found = new ArrayList<>();
    // in the curator's order, as the collection's page lists them
    Browse browse = Browse.all().inCollection(collection.id()).orderedBy(Browse.Order.CURATED);
    for (int page = 1; found.size() < LIMIT; page++) {
      Page<Document> documents = room.catalog.browse(browse.page(page, BATCH), viewer);
      documents.items().forEach(d -> found.add(citable(room, ctx, d)));
      if (!documents.hasNext()) {
        break;
      }
    }
    send(ctx, format, found.subList(0, Math.min(LIMIT, found.size())), collection.documents(),
        "collection-" + collection.id());
  }

  void collection(Context ctx) {
    collection(ctx, asked(ctx));
  }

  private static ReferenceFormat asked(Context ctx) {
    String typed = Optional.ofNullable(ctx.queryParam("format")).orElse("bib");
    return ReferenceFormat.named(typed).orElseThrow(() -> new InvalidInputException("cannot write citations as \""
        + Quote.shortened(typed) + "\": ask for format=bib (BibTeX), ris (RIS) or json (CSL-JSON)"));
  }

  private static void send(Context ctx, ReferenceFormat format, List<Citable> citables, long total, String name) {
    ctx.header("X-Total-Count", String.valueOf(total));
    ctx.header("X-Exported-Count", String.valueOf(citables.size()));
    ctx.header("Content-Disposition", "inline; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + "."
        + format.extension() + "\"");
    ctx.contentType(format.mediaType()).result(format.write(citables));
  }
}

package org.opis.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.opis.catalog.Browse;
import org.opis.catalog.CollectionDescription;
import org.opis.catalog.CollectionSummary;
import org.opis.catalog.Holdings;
import org.opis.catalog.Page;
import org.opis.catalog.Viewer;
import org.opis.cite.MetaTag;
import org.opis.problem.NotFoundException;
import org.opis.record.Document;

/** The lists of documents: the browse page, the list of collections, and each collection. */
final class Listings {
  private final Room room;

  Listings(Room room) {
    this.room = room;
  }

  void browse(Context ctx) {
    BrowseQuery query = BrowseQuery.read(ctx);
    Viewer viewer = room.viewer(ctx);
    Page<Document> page = room.catalog.browse(query.browse(), viewer);
    Holdings holdings = room.catalog.holdings(viewer);
    ListingView.Filters filters = new ListingView.Filters(
        holdings.byType().keySet().stream().filter(t -> !t.isEmpty())
            .map(t -> new ListingView.Choice(t, DocumentLine.capitalised(t), query.type().equals(Optional.of(t))))
            .toList(),
        holdings.byDecade().keySet().stream()
            .map(d -> new ListingView.Choice(d.toString(), d + "s", query.decade().equals(Optional.of(d))))
            .toList());
    show(ctx, "Browse documents", "/browse", query, Optional.of(filters), page, Head.plain(), Optional.empty());
  }

  void collections(Context ctx) {
    List<HomeView.Count> collections = room.catalog.collections(room.viewer(ctx)).stream()
        .map(c -> new HomeView.Count(c.title(), Optional.of("/collections/" + Paths.segment(c.id())), c.documents()))
        .toList();
    room.render(ctx, "collections.jte", "page", new CollectionsView(room.masthead(ctx, "Collections", "/collections"), collections));
  }

  void collection(Context ctx) {
    String id = ctx.pathParam("id");
    Viewer viewer = room.viewer(ctx);
    // a collection holding nothing the reader may see does not exist for them, as in the list
    CollectionSummary collection = room.catalog.collection(id, viewer)
        .filter(c -> c.documents() > 0)
        .orElseThrow(() -> new NotFoundException(
            "there is no collection \"" + Quote.shortened(id) + "\" in this archive"));
    BrowseQuery query = BrowseQuery.read(ctx);
    Browse browse = query.browse().inCollection(collection.id());
    // in the curator's order unless the reader chose another
    Page<Document> page = room.catalog.browse(ctx.queryParam("order") == null
        ? browse.orderedBy(Browse.Order.CURATED) : browse, viewer);
    String path = "/collections/" + Paths.segment(collection.id());
    String description = collection.title() + ": " + collection.documents()
        + (collection.documents() == 1 ? " document" : " documents") + " in " + room.archiveName() + ".";
    Head head = new Head(Optional.empty(), List.of(), List.of(
        new MetaTag("og:title", collection.title()),
        new MetaTag("og:description", description),
        new MetaTag("og:type", "website"),
        new MetaTag("og:url", room.absolute(ctx, path)),
        new MetaTag("og:site_name", room.archiveName())),
        Optional.empty(), CitationFiles.downloads(path, ""));
    show(ctx, collection.title(), path, query, Optional.empty(), page, head, Optional.of(about(ctx, collection.id(), viewer)));
  }

  private CollectionAbout about(Context ctx, String id, Viewer viewer) {
    Optional<CollectionDescription> described = room.catalog.description(id);
    Optional<DocumentView.Link> within = described.flatMap(CollectionDescription::within)
        .flatMap(w -> room.catalog.collection(w, viewer)).filter(c -> c.documents() > 0)
        .map(c -> new DocumentView.Link(c.title(), Optional.of("/collections/" + Paths.segment(c.id())), Optional.empty()));
    List<HomeView.Count> parts = room.catalog.collectionsWithin(id, viewer).stream()
        .map(c -> new HomeView.Count(c.title(), Optional.of("/collections/" + Paths.segment(c.id())), c.documents()))
        .toList();
    boolean editor = Visitor.of(ctx, room.gate).seesRestricted();
    return new CollectionAbout(described.flatMap(CollectionDescription::introduction).map(Essay::of), within, parts,
        editor ? Optional.of("/collections/" + Paths.segment(id) + "/edit") : Optional.empty());
  }

  private void show(
      Context ctx, String heading, String path, BrowseQuery query, Optional<ListingView.Filters> filters,
      Page<Document> page, Head head, Optional<CollectionAbout> about) {
    List<DocumentLine> documents = page.items().stream().map(DocumentLine::of).toList();
    String title = page.number() > 1 ? heading + ", page " + page.number() : heading;
    // every page of a list is its own page for search engines, and so is every filter, order and
    // size of it: a canonical address names a page with the same documents (RFC 6596), and
    // /browse?type=letter&page=3 is not /browse?page=3
    String canonical = query.link(path);
    Masthead masthead = room.masthead(ctx, title, canonical).with(head);
    room.render(ctx, "listing.jte", "page", new ListingView(masthead, heading, path, query, filters,
        documents, ListingView.Pager.of(page, query, path), about));
  }
}

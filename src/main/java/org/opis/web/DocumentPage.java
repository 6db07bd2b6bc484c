package org.opis.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.opis.catalog.Viewer;
import org.opis.cite.Citable;
import org.opis.cite.CitationLine;
import org.opis.iiif.Canvas;
import org.opis.cite.MetaTag;
import org.opis.preserve.FixityProblem;
import org.opis.problem.NotFoundException;
import org.opis.problem.WithdrawnException;
import org.opis.record.Document;
import org.opis.record.DocumentId;
import org.opis.search.Hit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A document's page: the whole record, laid out as a historian reads it, with the documents the
 * search index finds like it and those kept in the same archival file.
 */
final class DocumentPage {
  private static final Logger LOG = LoggerFactory.getLogger(DocumentPage.class);
  /** How many documents like this one are listed, and how many from its file. */
  static final int ALIKE = 5;
  static final int SAME_FILE = 10;

  private final Room room;

  DocumentPage(Room room) {
    this.room = room;
  }

  void show(Context ctx) {
    Viewer viewer = room.viewer(ctx);
    Document document = find(room, ctx.pathParam("id"), viewer);
    DocumentId id = document.requireId();
    List<DocumentView.Link> related = document.related().stream()
        .flatMap(r -> room.catalog.document(r.target(), viewer)
            .map(t -> new DocumentView.Link(t.title(), Optional.of("/documents/" + t.requireId().value()), r.note()))
            .stream())
        .toList();
    String permalink = room.permalink(ctx, id);
    String citation = CitationLine.of(document, room.archiveName(), permalink).text();
    Citable citable = CitationFiles.citable(room, ctx, document);
    List<HitView> alike = fromIndex(id, () -> room.index.related(id, viewer, ALIKE));
    List<HitView> sameFile = fromIndex(id, () -> room.index.sameFile(id, viewer, SAME_FILE));
    Masthead masthead = new Masthead(room.archiveName(), document.title(), Optional.of(permalink),
        head(ctx, document, citable, citation));
    DocumentView view = DocumentView.of(masthead, document, related, alike, sameFile, citation,
        room.citations().format(citable), permalink);
    List<Canvas> canvases = room.images.isPresent() ? Canvas.of(document) : List.of();
    DocumentView shown = canvases.isEmpty() ? view : view.withOriginal(OriginalView.of(id.value(), canvases));
    room.render(ctx, "document.jte", "page", shown.withDamage(damage(ctx, id)));
  }

  // what the last fixity check found wrong, told to editors, who can have it restored; a reader
  // is told nothing (and is never sent the damaged bytes)
  private List<FixityProblem> damage(Context ctx, DocumentId id) {
    if (room.preservation.isEmpty() || !Visitor.of(ctx, room.gate).seesRestricted()) {
      return List.of();
    }
    try {
      return room.preservation.get().log().lastProblems(id);
    } catch (RuntimeException e) {
      LOG.warn("the fixity log could not be read for document {}", id.value(), e);
      return List.of();
    }
  }

  // what reference managers, search engines and link previews read of the page
  private Head head(Context ctx, Document document, Citable citable, String citation) {
    String permalink = citable.edition().permalink();
    List<MetaTag> openGraph = List.of(
        new MetaTag("og:title", document.title()),
        new MetaTag("og:description", document.summary().map(String::strip).filter(s -> !s.isEmpty()).orElse(citation)),
        new MetaTag("og:type", "article"),
        new MetaTag("og:url", permalink),
        new MetaTag("og:site_name", room.archiveName()));
    String jsonLd = LinkedData.of(document, citable, path -> room.absolute(ctx, path));
    return new Head(Optional.empty(), MetaTag.of(citable), openGraph, Optional.of(jsonLd),
        CitationFiles.downloads("/documents/" + document.requireId().value(), ""));
  }

  // the catalog is the source of truth and the index is derived from it: a document stays
  // readable while the index is rebuilt or failing, only without the lists the index gives
  private static List<HitView> fromIndex(DocumentId id, Supplier<List<Hit>> ask) {
    try {
      return HitView.of(ask.get());
    } catch (RuntimeException e) {
      LOG.warn("the search index could not list the documents beside document {}", id.value(), e);
      return List.of();
    }
  }

  /**
   * The document with this identifier as typed in an address.
   *
   * @throws NotFoundException when there is no such document, or the viewer may not see it: a
   *     restricted document must not even be seen to exist
   */
  static Document find(Room room, String typedId, Viewer viewer) {
    DocumentId id = idOf(typedId);
    return room.catalog.document(id, viewer).orElseThrow(() -> room.catalog.tombstone(id)
        .<RuntimeException>map(w -> new WithdrawnException("document " + id + " was withdrawn from the archive on "
            + ReadableDate.day(w.at()) + " because: " + w.reason()))
        .orElseGet(() -> missing(typedId)));
  }

  /**
   * The identifier typed in an address.
   *
   * @throws NotFoundException when it cannot be one, as for a document that does not exist
   */
  static DocumentId idOf(String typedId) {
    if (!DocumentId.isWellFormed(typedId)) {
      throw missing(typedId);
    }
    return new DocumentId(typedId);
  }

  private static NotFoundException missing(String typedId) {
    return new NotFoundException("there is no document \"" + Quote.shortened(typedId) + "\" in this archive");
  }
}

package org.opis.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.opis.catalog.Viewer;
import org.opis.cite.CitationLine;
import org.opis.problem.NotFoundException;
import org.opis.record.Document;
import org.opis.record.DocumentId;

/** A document's page: the whole record, laid out as a historian reads it. */
final class DocumentPage {
  private final Room room;

  DocumentPage(Room room) {
    this.room = room;
  }

  void show(Context ctx) {
    Viewer viewer = room.viewer();
    Document document = find(room, ctx.pathParam("id"), viewer);
    DocumentId id = document.requireId();
    List<DocumentView.Link> related = document.related().stream()
        .flatMap(r -> room.catalog.document(r.target(), viewer)
            .map(t -> new DocumentView.Link(t.title(), Optional.of("/documents/" + t.requireId().value()), r.note()))
            .stream())
        .toList();
    String permalink = room.permalink(ctx, id);
    String citation = CitationLine.of(document, room.archiveName(), permalink).text();
    Masthead masthead = new Masthead(room.archiveName(), document.title(), Optional.of(permalink));
    room.render(ctx, "document.jte", "page", DocumentView.of(masthead, document, related, citation, permalink));
  }

  /**
   * The document with this identifier as typed in an address.
   *
   * @throws NotFoundException when there is no such document, or the viewer may not see it: a
   *     restricted document must not even be seen to exist
   */
  static Document find(Room room, String typedId, Viewer viewer) {
    if (!DocumentId.isWellFormed(typedId)) {
      throw missing(typedId);
    }
    return room.catalog.document(new DocumentId(typedId), viewer).orElseThrow(() -> missing(typedId));
  }

  private static NotFoundException missing(String typedId) {
    return new NotFoundException("there is no document \"" + Quote.shortened(typedId) + "\" in this archive");
  }
}

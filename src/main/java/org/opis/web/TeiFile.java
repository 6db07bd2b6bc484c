package org.opis.web;

import io.javalin.http.Context;
import java.util.Optional;
import org.opis.record.Document;
import org.opis.tei.TeiWriter;

/**
 * A document as a TEI P5 file, for scholars' tools: the same document a reader may see on its
 * page, so a restricted or still-embargoed one is not found here either.
 */
final class TeiFile {
  private final Room room;

  TeiFile(Room room) {
    this.room = room;
  }

  void show(Context ctx) {
    Document document = DocumentPage.find(room, ctx.pathParam("id"), room.viewer());
    String permalink = room.permalink(ctx, document.requireId());
    ctx.contentType("application/tei+xml; charset=utf-8")
        .result(TeiWriter.write(document, room.archiveName(), Optional.of(permalink), room.catalog));
  }
}

package org.opis.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.opis.canonical.CanonicalJson;
import org.opis.catalog.Page;
import org.opis.record.Document;

/**
 * The JSON API beside the pages: documents in their canonical JSON, the same JSON import and
 * export use, so a script reads exactly what an archivist wrote.
 */
final class DocumentsApi {
  private final Room room;

  DocumentsApi(Room room) {
    this.room = room;
  }

  /** The document, with its current revision as the ETag a change sends back in If-Match. */
  void show(Context ctx) {
    Document document = DocumentPage.find(room, ctx.pathParam("id"), room.viewer(ctx));
    room.catalog.current(java.util.List.of(document.requireId()))
        .forEach(current -> ctx.header("ETag", "\"" + current.revision() + "\""));
    json(ctx, CanonicalJson.tree(document));
  }

  /** {@code {"page": 1, "size": 20, "total": 2, "documents": [...]}}, filtered as the browse page. */
  void list(Context ctx) {
    BrowseQuery query = BrowseQuery.read(ctx);
    Page<Document> page = room.catalog.browse(query.browse(), room.viewer(ctx));
    ObjectNode body = CanonicalJson.mapper().createObjectNode();
    body.put("page", page.number());
    body.put("size", page.size());
    body.put("total", page.total());
    ArrayNode documents = body.putArray("documents");
    page.items().forEach(d -> documents.add(CanonicalJson.tree(d)));
    json(ctx, body);
  }

  static void json(Context ctx, ObjectNode body) {
    ctx.contentType("application/json").result(CanonicalJson.compact(body));
  }
}

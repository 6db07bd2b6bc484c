package org.opis.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.opis.canonical.CanonicalJson;
import org.opis.iiif.Canvas;
import org.opis.iiif.ImageApi;
import org.opis.iiif.ImageRequest;
import org.opis.iiif.Manifest;
import org.opis.problem.NotFoundException;
import org.opis.record.Document;

/**
 * The IIIF addresses of the reading room: a manifest for each document and the Image API over
 * the pages of its originals. A restricted or still-embargoed document has neither: its
 * manifest and images answer 404, like its page. An original whose file is missing or no longer
 * has its recorded digest is never served: its {@code info.json} and images answer 503 with why.
 */
final class IiifApi {
  private static final String IMAGE_CONTEXT = "http://iiif.io/api/image/3/context.json";
  private static final String PRESENTATION_CONTEXT = "http://iiif.io/api/presentation/3/context.json";
  private final Room room;

  IiifApi(Room room) {
    this.room = room;
  }

  /**
   * IIIF resources are for any viewer on any site to load (the Image API's "cors" feature),
   * including a viewer that asks for JSON-LD by its profile and so sends a preflight first.
   */
  static void allowEveryOrigin(Context ctx) {
    ctx.header("Access-Control-Allow-Origin", "*");
    if (ctx.method().name().equals("OPTIONS")) {
      ctx.header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
      ctx.header("Access-Control-Allow-Headers", "Accept, Accept-Language, Range");
      ctx.header("Access-Control-Max-Age", "86400");
    }
  }

  void manifest(Context ctx) {
    Document document = DocumentPage.find(room, ctx.pathParam("id"), room.viewer(ctx));
    // a manifest must have at least one canvas (Presentation 3.0, items): a viewer given one
    // without would show an empty frame
    if (Canvas.of(document).isEmpty()) {
      throw new NotFoundException("document " + Quote.shortened(document.requireId().value()) + " has no scans or PDFs"
          + " of its original, so it has no IIIF manifest");
    }
    json(ctx, new Manifest(room.base(ctx), room.archiveName()).of(document), PRESENTATION_CONTEXT);
  }

  void redirectToInfo(Context ctx) {
    canvas(ctx);
    ctx.status(303).header("Location", room.base(ctx) + "/iiif/3/" + ctx.pathParam("identifier") + "/info.json");
  }

  void info(Context ctx) {
    Canvas canvas = canvas(ctx);
    // a viewer told of a damaged image would ask for its tiles; it is told the image is damaged
    images().verify(canvas);
    json(ctx, ImageApi.info(canvas, room.base(ctx) + "/iiif/3/" + canvas.identifier()), IMAGE_CONTEXT);
  }

  void image(Context ctx) {
    Canvas canvas = canvas(ctx);
    ImageRequest request = ImageRequest.parse(ctx.pathParam("region"), ctx.pathParam("size"),
        ctx.pathParam("rotation"), ctx.pathParam("image"));
    byte[] bytes = images().image(canvas, request);
    // shared caches may keep what the public may see; a signed-in reader's answer (perhaps of a
    // restricted document) was already marked private by Room.viewer and stays so
    if (ctx.res().getHeader("Cache-Control") == null) {
      ctx.header("Cache-Control", "public, max-age=3600");
    }
    ctx.header("Link", "<http://iiif.io/api/image/3/level1.json>;rel=\"profile\"");
    ctx.contentType(request.format().mediaType()).result(bytes);
  }

  private ImageApi images() {
    return room.images.orElseThrow(() -> new NotFoundException("this archive serves no images of originals"));
  }

  private Canvas canvas(Context ctx) {
    images();
    String identifier = ctx.pathParam("identifier");
    String documentId = Canvas.documentOf(identifier).orElseThrow(() -> missing(identifier));
    Document document = DocumentPage.find(room, documentId, room.viewer(ctx));
    return Canvas.named(document, identifier).orElseThrow(() -> missing(identifier));
  }

  private static NotFoundException missing(String identifier) {
    return new NotFoundException("there is no image \"" + Quote.shortened(identifier) + "\" in this archive");
  }

  // JSON-LD's own media type when a client asks for it, plain JSON otherwise (jsonldMediaType)
  private static void json(Context ctx, ObjectNode body, String context) {
    String accept = ctx.header("Accept");
    boolean linkedData = accept != null && accept.contains("application/ld+json");
    ctx.contentType(linkedData ? "application/ld+json;profile=\"" + context + "\"" : "application/json")
        .result(CanonicalJson.compact(body));
  }
}

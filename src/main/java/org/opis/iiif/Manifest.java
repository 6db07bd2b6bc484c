package org.opis.iiif;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.opis.authority.AgentRef;
import org.opis.record.Document;
import org.opis.record.Languages;

/**
 * A document as a IIIF Presentation 3.0 manifest: its title, summary and record as label, summary
 * and metadata pairs; its rights; links to its page and its JSON record; and one canvas for each
 * page of its scans and PDFs, each painted with an image from the Image API.
 *
 * @param base the archive's public address, {@code https://archive.example.org}
 * @param archiveName the archive's name, its provider and attribution
 */
public record Manifest(String base, String archiveName) {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  /** The longest side of the image painted on a canvas too large to be answered whole. */
  private static final int CONFINED = 4096;

  public Manifest {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(archiveName, "archiveName");
  }

  /** The address of a document's manifest. */
  public String id(Document d) {
    return base + "/iiif/3/documents/" + d.requireId().value() + "/manifest.json";
  }

  /** The manifest of a document. */
  public ObjectNode of(Document d) {
    String id = d.requireId().value();
    ObjectNode m = JSON.objectNode();
    m.put("@context", "http://iiif.io/api/presentation/3/context.json");
    m.put("id", id(d));
    m.put("type", "Manifest");
    m.set("label", none(d.title()));
    d.summary().ifPresent(s -> m.set("summary", none(s)));
    // the earliest day it can have been written, for viewers that place documents on a timeline
    d.date().ifPresent(date -> m.put("navDate", date.earliest() + "T00:00:00Z"));
    m.set("metadata", ManifestMetadata.of(d));
    m.set("requiredStatement", pair("Attribution", archiveName
        + d.rights().map(r -> ". " + r.statement()).orElse("")));
    d.rights().flatMap(r -> r.uri()).flatMap(RightsUris::forIiif).ifPresent(uri -> m.put("rights", uri));
    ObjectNode provider = m.putArray("provider").addObject();
    provider.put("id", base + "/");
    provider.put("type", "Agent");
    provider.set("label", en(archiveName));
    provider.set("homepage", JSON.arrayNode().add(link(base + "/", "Text", archiveName, "text/html")));
    m.putArray("homepage").add(link(base + "/documents/" + id, "Text", d.title(), "text/html"));
    m.putArray("seeAlso").add(link(base + "/api/documents/" + id, "Dataset", "The record in JSON", "application/json"));
    List<Canvas> canvases = Canvas.of(d);
    if (!canvases.isEmpty()) {
      m.putArray("thumbnail").add(thumbnail(canvases.get(0)));
    }
    ArrayNode items = m.putArray("items");
    for (Canvas c : canvases) {
      items.add(canvas(c));
    }
    return m;
  }

  private ObjectNode canvas(Canvas c) {
    String canvasId = base + "/iiif/3/documents/" + c.document().value() + "/canvas/" + c.number();
    String service = base + "/iiif/3/" + c.identifier();
    ObjectNode canvas = JSON.objectNode();
    canvas.put("id", canvasId);
    canvas.put("type", "Canvas");
    canvas.set("label", none(c.label()));
    canvas.put("width", c.size().width());
    canvas.put("height", c.size().height());
    canvas.putArray("thumbnail").add(thumbnail(c));
    ObjectNode page = canvas.putArray("items").addObject();
    page.put("id", canvasId + "/page");
    page.put("type", "AnnotationPage");
    ObjectNode painting = page.putArray("items").addObject();
    painting.put("id", canvasId + "/page/image");
    painting.put("type", "Annotation");
    painting.put("motivation", "painting");
    ObjectNode body = painting.putObject("body");
    // a page larger than the Image API answers whole is painted from a confined rendition,
    // described at the size it is given; viewers zoom into it through the service
    boolean whole = c.size().area() <= ImageApi.MAX_AREA;
    double scale = whole ? 1 : Math.min((double) CONFINED / c.size().width(), (double) CONFINED / c.size().height());
    body.put("id", service + "/full/" + (whole ? "max" : "!" + CONFINED + "," + CONFINED) + "/0/default.jpg");
    body.put("type", "Image");
    body.put("format", "image/jpeg");
    body.put("width", Math.max(1, Math.round(c.size().width() * scale)));
    body.put("height", Math.max(1, Math.round(c.size().height() * scale)));
    ObjectNode imageService = body.putArray("service").addObject();
    imageService.put("id", service);
    imageService.put("type", "ImageService3");
    imageService.put("profile", "level1");
    painting.put("target", canvasId);
    return canvas;
  }

  private ObjectNode thumbnail(Canvas c) {
    ObjectNode thumbnail = JSON.objectNode();
    thumbnail.put("id", base + "/iiif/3/" + c.identifier() + "/full/!200,200/0/default.jpg");
    thumbnail.put("type", "Image");
    thumbnail.put("format", "image/jpeg");
    return thumbnail;
  }

  static ObjectNode pair(String label, String value) {
    ObjectNode p = JSON.objectNode();
    p.set("label", en(label));
    p.set("value", none(value));
    return p;
  }

  static ObjectNode en(String text) {
    ObjectNode map = JSON.objectNode();
    map.putArray("en").add(text);
    return map;
  }

  // what the record says is in whatever language the editor wrote it: IIIF's "none"
  static ObjectNode none(String text) {
    ObjectNode map = JSON.objectNode();
    map.putArray("none").add(text);
    return map;
  }

  private static ObjectNode link(String id, String type, String label, String format) {
    ObjectNode o = JSON.objectNode();
    o.put("id", id);
    o.put("type", type);
    o.set("label", en(label));
    o.put("format", format);
    return o;
  }

  static String names(List<AgentRef> agents) {
    return agents.stream().map(AgentRef::name).collect(Collectors.joining("; "));
  }

  static String languages(List<String> tags) {
    return tags.stream().map(Languages::name).collect(Collectors.joining(", "));
  }
}

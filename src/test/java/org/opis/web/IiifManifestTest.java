package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.opis.iiif.PresentationSchema;

/**
 * Each document as a IIIF Presentation 3.0 manifest, checked against the official JSON Schema
 * by an independent validator and read field by field as a viewer reads it.
 */
class IiifManifestTest extends ScannedRoom {
  private static HttpResponse<byte[]> get(String path) throws Exception {
    return get(path, null);
  }

  private static JsonNode manifest(String id) throws Exception {
    HttpResponse<byte[]> r = get("/iiif/3/documents/" + id + "/manifest.json");
    assertThat(r.statusCode()).isEqualTo(200);
    return json(r);
  }

  @Test
  void everyPublicDocumentsManifestValidatesAgainstThePresentation3Schema() throws Exception {
    int manifests = 0;
    for (String id : ScannedArchive.publicIds()) {
      HttpResponse<byte[]> r = get("/iiif/3/documents/" + id + "/manifest.json");
      if (r.statusCode() == 404 && id.equals("5")) {
        continue; // no scans (above)
      }
      String json = new String(r.body(), StandardCharsets.UTF_8);
      assertThat(PresentationSchema.problems(json)).as(json).isEmpty();
      assertThat(json(r).get("items")).as(id).isNotEmpty();
      manifests++;
    }
    assertThat(manifests).isEqualTo(ScannedArchive.publicIds().size() - 1);
  }

  @Test
  void theSchemaRefusesAManifestWithAnHttpsRightsUriAndARelativeId() {
    // the validation above means something: the schema does reject what IIIF forbids
    assertThat(PresentationSchema.problems("{\"@context\": \"http://iiif.io/api/presentation/3/context.json\","
        + " \"id\": \"/iiif/3/documents/1/manifest.json\", \"type\": \"Manifest\", \"label\": {\"en\": [\"x\"]},"
        + " \"rights\": \"https://creativecommons.org/licenses/by/4.0/\", \"items\": []}")).isNotEmpty();
  }

  @Test
  void describesTheDocumentWithItsRecord() throws Exception {
    JsonNode m = manifest("1");
    String base = scanned.url();

    assertThat(m.get("@context").asText()).isEqualTo("http://iiif.io/api/presentation/3/context.json");
    assertThat(m.get("id").asText()).isEqualTo(base + "/iiif/3/documents/1/manifest.json");
    assertThat(m.get("type").asText()).isEqualTo("Manifest");
    assertThat(m.get("label").toString()).isEqualTo("{\"none\":[\"Telegram, Stalin to Lenin\"]}");
    assertThat(m.get("summary").toString()).isEqualTo("{\"none\":[\"Stalin on Persia.\"]}");
    assertThat(m.get("metadata").toString()).contains(
        "{\"label\":{\"en\":[\"Date\"]},\"value\":{\"none\":[\"November 16, 1920\"]}}",
        "{\"label\":{\"en\":[\"Creator\"]},\"value\":{\"none\":[\"Stalin\"]}}",
        "{\"label\":{\"en\":[\"Recipient\"]},\"value\":{\"none\":[\"Lenin\"]}}",
        "{\"label\":{\"en\":[\"Archival reference\"]},\"value\":{\"none\":[\"RGASPI, f. 558, op. 11, d. 317, ll. 1-3\"]}}",
        "{\"label\":{\"en\":[\"Language of the original\"]},\"value\":{\"none\":[\"Russian\"]}}",
        "{\"label\":{\"en\":[\"Translator\"]},\"value\":{\"none\":[\"Gary Goldberg\"]}}",
        "{\"label\":{\"en\":[\"Record ID\"]},\"value\":{\"none\":[\"1\"]}}");
    assertThat(m.get("requiredStatement").toString())
        .isEqualTo("{\"label\":{\"en\":[\"Attribution\"]},\"value\":{\"none\":[\"Opis. Reuse with attribution.\"]}}");
    assertThat(m.get("rights").asText()).isEqualTo("http://creativecommons.org/licenses/by/4.0/");
    assertThat(m.get("navDate").asText()).isEqualTo("1920-11-16T00:00:00Z");
    assertThat(m.get("thumbnail").get(0).get("id").asText()).isEqualTo(base + "/iiif/3/1~1/full/!200,200/0/default.jpg");
    assertThat(m.get("homepage").get(0).get("id").asText()).isEqualTo(base + "/documents/1");
    assertThat(m.get("seeAlso").get(0).get("id").asText()).isEqualTo(base + "/api/documents/1");
    assertThat(m.get("seeAlso").get(0).get("format").asText()).isEqualTo("application/json");
  }

  @Test
  void paintsOneCanvasForEachScanWithTheImageApiAsItsService() throws Exception {
    JsonNode items = manifest("1").get("items");
    String base = scanned.url();

    assertThat(items).hasSize(3);
    JsonNode first = items.get(0);
    assertThat(first.get("id").asText()).isEqualTo(base + "/iiif/3/documents/1/canvas/1");
    assertThat(first.get("label").toString()).isEqualTo("{\"none\":[\"first page\"]}");
    assertThat(first.get("width").asInt()).isEqualTo(ScannedArchive.JPEG_WIDTH);
    assertThat(first.get("height").asInt()).isEqualTo(ScannedArchive.JPEG_HEIGHT);
    JsonNode painting = first.get("items").get(0).get("items").get(0);
    assertThat(painting.get("motivation").asText()).isEqualTo("painting");
    assertThat(painting.get("target").asText()).isEqualTo(first.get("id").asText());
    assertThat(painting.get("body").get("id").asText()).isEqualTo(base + "/iiif/3/1~1/full/max/0/default.jpg");
    JsonNode service = painting.get("body").get("service").get(0);
    assertThat(service.get("id").asText()).isEqualTo(base + "/iiif/3/1~1");
    assertThat(service.get("type").asText()).isEqualTo("ImageService3");
    assertThat(service.get("profile").asText()).isEqualTo("level1");
    assertThat(items.get(1).get("label").toString()).isEqualTo("{\"none\":[\"p2.png\"]}");
    assertThat(get("/iiif/3/1~3/full/max/0/default.jpg", null).statusCode()).isEqualTo(200);
  }

  @Test
  void makesEachPageOfAPdfACanvas() throws Exception {
    JsonNode m = manifest("2");

    assertThat(m.get("items")).hasSize(2);
    assertThat(m.get("items").get(1).get("label").toString()).isEqualTo("{\"none\":[\"minutes.pdf, page 2\"]}");
    assertThat(m.get("items").get(1).get("width").asInt()).isEqualTo(1240);
    assertThat(m.get("rights").asText()).isEqualTo("http://rightsstatements.org/vocab/InC/1.0/");
  }

  @Test
  void aDocumentWithoutScansHasNoManifestSinceAManifestNeedsACanvas() throws Exception {
    HttpResponse<byte[]> r = get("/iiif/3/documents/5/manifest.json");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(json(r).get("error").get("message").asText())
        .isEqualTo("document 5 has no scans or PDFs of its original, so it has no IIIF manifest");
  }

  @Test
  void hidesTheManifestsOfRestrictedAndEmbargoedDocuments() throws Exception {
    for (String id : new String[] {"3", "4", "99"}) {
      HttpResponse<byte[]> r = get("/iiif/3/documents/" + id + "/manifest.json");
      assertThat(r.statusCode()).as(id).isEqualTo(404);
      assertThat(new String(r.body(), StandardCharsets.UTF_8)).as(id).doesNotContain("memorandum", "report");
    }
  }
}

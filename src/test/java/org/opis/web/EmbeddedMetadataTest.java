package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opis.record.Document;
import org.opis.record.DocumentId;

/**
 * What reference managers, search engines and link previews read in a document page's head:
 * Highwire and Dublin Core meta tags, Open Graph, and schema.org JSON-LD, expanded here by a real
 * JSON-LD processor (Titanium) with schema.org's context from the test resources, no network.
 */
class EmbeddedMetadataTest {
  private static final String SCHEMA = "http://schema.org/";
  private static final String HOSTILE_TITLE = "Note </script><script>alert(1)</script> & <!-- more";
  private static ReadingRoom room;
  private static Http http;
  private static String telegram;

  @BeforeAll
  static void open() {
    List<Document> documents = new ArrayList<>(Archive.documents());
    documents.add(Document.titled(HOSTILE_TITLE).id(new DocumentId("90")).build());
    room = Archive.open(documents);
    http = new Http(room);
    telegram = http.get("/documents/1").body();
  }

  @AfterAll
  static void close() {
    room.stop();
  }

  @Test
  void givesZoteroHighwireTags() {
    assertThat(telegram).contains(
        "<meta name=\"citation_title\" content=\"Telegram, Stalin to LENIN and the TsEKA [Central Committee]\">",
        "<meta name=\"citation_author\" content=\"Stalin\">",
        "<meta name=\"citation_date\" content=\"1920/11/16\">",
        "<meta name=\"citation_publisher\" content=\"Opis\">",
        "<meta name=\"citation_public_url\" content=\"" + room.url() + "/documents/1\">",
        "<meta name=\"citation_language\" content=\"en\">");
  }

  @Test
  void givesDublinCoreTagsWithTheirSchemaLink() {
    assertThat(telegram).contains("<link rel=\"schema.DC\" href=\"http://purl.org/dc/elements/1.1/\">",
        "<meta name=\"DC.title\" content=\"Telegram, Stalin to LENIN and the TsEKA [Central Committee]\">",
        "<meta name=\"DC.creator\" content=\"Stalin\">",
        "<meta name=\"DC.contributor\" content=\"Goldberg, Gary\">",
        "<meta name=\"DC.date\" content=\"1920-11-16\">",
        "<meta name=\"DC.type\" content=\"letter\">",
        "<meta name=\"DC.source\" content=\"RGASPI, f. 558, op. 11, d. 317, ll. 0001-0003\">",
        "<meta name=\"DC.identifier\" content=\"" + room.url() + "/documents/1\">");
  }

  @Test
  void givesOpenGraphPropertiesForLinkPreviews() {
    assertThat(telegram).contains(
        "<meta property=\"og:title\" content=\"Telegram, Stalin to LENIN and the TsEKA [Central Committee]\">",
        "<meta property=\"og:description\" content=\"I. V. Stalin discusses Kuchuk Khan&#39;s past correspondence",
        "<meta property=\"og:type\" content=\"article\">",
        "<meta property=\"og:url\" content=\"" + room.url() + "/documents/1\">",
        "<meta property=\"og:site_name\" content=\"Opis\">");
    assertThat(http.get("/collections/iran-and-the-soviet-union").body()).contains(
        "<meta property=\"og:title\" content=\"Iran and the Soviet Union\">",
        "<meta property=\"og:type\" content=\"website\">",
        "<meta property=\"og:url\" content=\"" + room.url() + "/collections/iran-and-the-soviet-union\">");
  }

  @Test
  void describesTheDocumentInJsonLdThatExpands() throws Exception {
    JsonObject node = expanded(telegram);

    assertThat(node.getString("@id")).isEqualTo(room.url() + "/documents/1");
    assertThat(node.getJsonArray("@type").getValuesAs(JsonValue::toString))
        .contains("\"" + SCHEMA + "ArchiveComponent\"", "\"" + SCHEMA + "Message\"");
    assertThat(value(node, "name")).isEqualTo("Telegram, Stalin to LENIN and the TsEKA [Central Committee]");
    assertThat(value(node, "dateCreated")).isEqualTo("1920-11-16");
    assertThat(values(node, "inLanguage")).containsExactly("ru", "en");
    assertThat(value(first(node, "holdingArchive"), "name")).isEqualTo("RGASPI");
    assertThat(value(first(node, "translator"), "name")).isEqualTo("Gary Goldberg");
    assertThat(value(first(node, "creator"), "name")).isEqualTo("Stalin");
    assertThat(first(first(node, "creator"), "url").getString("@id")).isEqualTo(room.url() + "/people/stalin");
    assertThat(first(first(node, "spatialCoverage"), "url").getString("@id")).isEqualTo(room.url() + "/places/rasht");
    assertThat(first(node, "url").getString("@id")).isEqualTo(room.url() + "/documents/1");
    assertThat(names(node, "about")).contains("Kuchuk-Khan", "Communism");
    assertThat(names(node, "spatialCoverage")).containsExactly("Rasht", "Tabriz", "Persia");
    JsonObject collection = first(node, "isPartOf");
    assertThat(value(collection, "name")).isEqualTo("Iran and the Soviet Union");
    assertThat(first(collection, "url").getString("@id")).isEqualTo(room.url() + "/collections/iran-and-the-soviet-union");
    assertThat(values(node, "identifier")).contains("RGASPI, f. 558, op. 11, d. 317, ll. 0001-0003");
  }

  @Test
  void keepsATitleThatClosesTheScriptInsideTheJson() throws Exception {
    String page = http.get("/documents/90").body();

    assertThat(page).containsOnlyOnce("<script").containsOnlyOnce("</script>");
    assertThat(value(expanded(page), "name")).isEqualTo(HOSTILE_TITLE);
  }

  // the one JSON-LD element of the page, expanded with schema.org's context from the test resources
  private static JsonObject expanded(String page) throws JsonLdError {
    Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(page);
    assertThat(m.find()).as("a JSON-LD script element").isTrue();
    DocumentLoader schemaOrgOnly = (url, options) -> {
      if (!url.getHost().equals("schema.org")) {
        throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "no network in tests: " + url);
      }
      return JsonDocument.of(EmbeddedMetadataTest.class.getResourceAsStream("/jsonld/schemaorg-context.jsonld"));
    };
    JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(m.group(1)))).loader(schemaOrgOnly).get();
    assertThat(expanded).hasSize(1);
    return expanded.getJsonObject(0);
  }

  private static JsonObject first(JsonObject node, String property) {
    return node.getJsonArray(SCHEMA + property).getJsonObject(0);
  }

  private static String value(JsonObject node, String property) {
    return first(node, property).getString("@value");
  }

  private static List<String> values(JsonObject node, String property) {
    return node.getJsonArray(SCHEMA + property).getValuesAs(JsonObject.class).stream()
        .map(v -> v.getString("@value")).toList();
  }

  private static List<String> names(JsonObject node, String property) {
    return node.getJsonArray(SCHEMA + property).getValuesAs(JsonObject.class).stream()
        .map(v -> value(v, "name")).toList();
  }
}

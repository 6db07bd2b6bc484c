package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opis.canonical.CanonicalJson;
import org.opis.catalog.Catalog;
import org.opis.catalog.Viewer;
import org.opis.record.DocumentId;

class DocumentsApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static ReadingRoom room;
  private static Http http;
  private static Catalog catalog;

  @BeforeAll
  static void open() {
    catalog = Archive.catalog(Archive.documents());
    room = ReadingRoom.start(ReadingRoomSettings.defaults(), catalog, Archive.index(Archive.documents()), Archive.CLOCK);
    http = new Http(room);
  }

  @AfterAll
  static void close() {
    room.stop();
    catalog.close();
  }

  @Test
  void servesADocumentAsItsCanonicalJson() {
    Http.Response response = http.get("/api/documents/1");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).startsWith("application/json");
    String stored = CanonicalJson.write(catalog.document(new DocumentId("1"), Viewer.publicOn(Archive.TODAY)).orElseThrow());
    assertThat(response.body()).isEqualTo(stored);
    assertThat(response.body()).startsWith("{\"id\":\"1\",\"title\":\"Telegram, Stalin to LENIN and the TsEKA [Central"
        + " Committee]\"");
  }

  @Test
  void listsDocumentsAPageAtATime() throws Exception {
    JsonNode first = JSON.readTree(http.get("/api/documents?page=1&size=3").body());
    JsonNode second = JSON.readTree(http.get("/api/documents?page=2&size=3").body());

    assertThat(fieldNames(first)).containsExactly("page", "size", "total", "documents");
    assertThat(first.get("page").asInt()).isEqualTo(1);
    assertThat(first.get("size").asInt()).isEqualTo(3);
    assertThat(first.get("total").asLong()).isEqualTo(4);
    assertThat(ids(first)).containsExactly("2", "1", "5");
    assertThat(second.get("page").asInt()).isEqualTo(2);
    assertThat(ids(second)).containsExactly("7");
  }

  @Test
  void listsTwentyAtATimeWhenNotAsked() throws Exception {
    JsonNode list = JSON.readTree(http.get("/api/documents").body());

    assertThat(list.get("page").asInt()).isEqualTo(1);
    assertThat(list.get("size").asInt()).isEqualTo(20);
    assertThat(list.get("documents").get(0)).isEqualTo(JSON.readTree(http.get("/api/documents/2").body()));
  }

  @Test
  void filtersAndOrdersTheListAsTheBrowsePageDoes() throws Exception {
    assertThat(ids(JSON.readTree(http.get("/api/documents?type=telegram").body()))).containsExactly("1");
    assertThat(ids(JSON.readTree(http.get("/api/documents?order=newest").body()))).containsExactly("5", "1", "2", "7");
    assertThat(ids(JSON.readTree(http.get("/api/documents?decade=1920").body()))).containsExactly("1", "5");
  }

  @Test
  void answersAnUnknownDocumentWithAJsonError() {
    Http.Response response = http.get("/api/documents/nope");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.contentType()).startsWith("application/json");
    assertThat(response.body())
        .isEqualTo("{\"error\":{\"status\":404,\"message\":\"there is no document \\\"nope\\\" in this archive\"}}");
  }

  @Test
  void answersABadPageSizeWithAJsonError() {
    Http.Response response = http.get("/api/documents?size=500");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("{\"error\":{\"status\":400,\"message\":\"\\\"size\\\" is \\\"500\\\"; use a"
        + " whole number from 1 to 100\"}}");
  }

  @Test
  void answersAnUnknownApiPathWithAJsonError() {
    Http.Response response = http.get("/api/people");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.body())
        .isEqualTo("{\"error\":{\"status\":404,\"message\":\"there is no page at \\\"/api/people\\\" in this archive\"}}");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> ids(JsonNode list) {
    List<String> ids = new ArrayList<>();
    list.get("documents").forEach(d -> ids.add(d.get("id").asText()));
    return ids;
  }
}

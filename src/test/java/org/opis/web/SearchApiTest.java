package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The search as JSON: the same answer as the page, read by a script. */
class SearchApiTest extends SearchableRoom {
  private static final ObjectMapper JSON = new ObjectMapper();
  static JsonNode search(String query) {
    Http.Response response = http.get("/api/search?" + query);
    assertThat(response.status()).as(query).isEqualTo(200);
    assertThat(response.contentType()).startsWith("application/json");
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void answersWithTheCountAndEachDocumentFound() {
    JsonNode body = search("q=Chicherin");

    assertThat(body.get("total").asLong()).isEqualTo(1);
    assertThat(body.get("page").asInt()).isEqualTo(1);
    assertThat(body.get("size").asInt()).isEqualTo(20);
    assertThat(body.get("pages").asInt()).isEqualTo(1);
    JsonNode hit = body.get("hits").get(0);
    assertThat(hit.get("id").asText()).isEqualTo("8");
    assertThat(hit.get("title").asText()).isEqualTo(Archive.SECOND_TELEGRAM_TITLE);
    assertThat(hit.get("date").asText()).isEqualTo("November 20, 1920");
    assertThat(hit.get("type").asText()).isEqualTo("telegram");
    assertThat(hit.get("from").toString()).isEqualTo("[\"Stalin\"]");
    assertThat(hit.get("to").toString()).isEqualTo("[\"G. V. Chicherin\"]");
    assertThat(hit.get("page").asText()).isEqualTo("/documents/8");
    assertThat(hit.get("json").asText()).isEqualTo("/api/documents/8");
  }

  @Test
  void marksTheMatchesInEachSnippet() {
    JsonNode snippet = search("q=Chicherin").get("hits").get(0).get("snippets").get(0);
    List<String> matches = new ArrayList<>();
    snippet.get("parts").forEach(p -> {
      if (p.get("match").asBoolean()) {
        matches.add(p.get("text").asText());
      }
    });

    assertThat(snippet.get("source").asText()).isIn("text", "summary", "title");
    assertThat(matches).isNotEmpty().allMatch(m -> m.equalsIgnoreCase("Chicherin"));
    assertThat(snippet.get("text").asText()).containsIgnoringCase("Chicherin");
  }

  @Test
  void givesTheFacetsAndYearsOfAllResults() {
    JsonNode body = search("q=Kuchuk");

    assertThat(body.get("facets").get("type").toString()).isEqualTo("[{\"value\":\"telegram\",\"count\":2}]");
    assertThat(body.get("facets").get("archive").toString()).isEqualTo("[{\"value\":\"RGASPI\",\"count\":2}]");
    assertThat(body.get("years").toString()).isEqualTo("[{\"year\":1920,\"count\":2}]");
  }

  @Test
  void echoesTheSearchAsReadWithTheDaysItsDatesMean() {
    JsonNode query = search("q=grain&type=circular&from=1920s&to=1925&order=newest&size=50").get("query");

    assertThat(query.toString()).isEqualTo("{\"q\":\"grain\",\"filters\":{\"type\":[\"circular\"]},"
        + "\"from\":{\"asTyped\":\"1920s\",\"day\":\"1920-01-01\"},\"to\":{\"asTyped\":\"1925\",\"day\":\"1925-12-31\"},"
        + "\"order\":\"newest\",\"page\":1,\"size\":50}");
  }

  @Test
  void linksTheNextAndPreviousPagesAndThePageForPeople() {
    JsonNode first = search("q=grain").get("links");
    JsonNode second = search("q=grain&page=2").get("links");

    assertThat(first.get("html").asText()).isEqualTo("/search?q=grain");
    assertThat(first.get("previous").isNull()).isTrue();
    assertThat(first.get("next").asText()).isEqualTo("/api/search?q=grain&page=2");
    assertThat(second.get("previous").asText()).isEqualTo("/api/search?q=grain");
    assertThat(second.get("next").isNull()).isTrue();
    assertThat(search("q=grain&page=2").get("hits")).hasSize(5);
  }

  @Test
  void givesTheNoticesAndTheSuggestion() {
    assertThat(search("q=%22Kuchuk").get("notices").get(0).asText()).contains("never closed");
    assertThat(search("q=Kuchuk").get("notices")).isEmpty();
    assertThat(search("q=grian").get("suggestion").asText()).isEqualTo("grain");
    assertThat(search("q=Kuchuk").get("suggestion").isNull()).isTrue();
  }

  @Test
  void offersLooserSearchesWhenNothingMatches() {
    JsonNode none = search("q=Kuchuk+Zebrafinch");
    assertThat(none.get("total").asInt()).isZero();
    assertThat(none.get("looser").get(0).get("label").asText()).isEqualTo("\u201cKuchuk OR Zebrafinch\u201d, with any of the words");
    assertThat(search(none.get("looser").get(0).get("json").asText().replaceFirst("^/api/search\\?", ""))
        .get("total").asInt()).isPositive();
    assertThat(search("q=Kuchuk").get("looser")).isEmpty();
  }

  @Test
  void answersTheSameDocumentsAsThePageInTheSameOrder() {
    String page = http.get("/search?q=grain&order=newest&size=50").body();
    List<String> ids = new ArrayList<>();
    search("q=grain&order=newest&size=50").get("hits").forEach(h -> ids.add("/documents/" + h.get("id").asText() + "\""));

    assertThat(ids).hasSize(25);
    assertThat(page).containsSubsequence(ids);
  }
}

package org.opis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.oai.PerlHarvester;

/**
 * {@code opis demo}, run from the built jar, harvested whole over OAI-PMH by Debian's {@code
 * oai_pmh}: every document the public can read comes once, across resumption tokens.
 */
class DemoHarvestIT {
  @TempDir static Path dir;
  static OpisProcess demo;

  @BeforeAll
  static void start() throws Exception {
    demo = OpisProcess.serving(dir.resolve("demo.log"), "demo", "--port", "0", "--count", "250");
  }

  @AfterAll
  static void stop() throws Exception {
    if (demo != null) {
      demo.close();
    }
  }

  @Test
  void harvestsEveryPublicDocumentOfTheDemoExactlyOnce() throws Exception {
    List<PerlHarvester.Harvested> records = PerlHarvester.harvest(demo.url() + "oai", "ListRecords", "oai_dc", dir);
    List<String> harvested = records.stream().filter(r -> !r.deleted())
        .map(r -> r.identifier().substring(r.identifier().lastIndexOf(':') + 1)).toList();
    assertThat(harvested).hasSizeGreaterThan(200).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(publicDocuments());
  }

  // what the JSON API lists for the public, page by page
  private static List<String> publicDocuments() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    ObjectMapper json = new ObjectMapper();
    List<String> ids = new ArrayList<>();
    for (int page = 1; ; page++) {
      String body = client.send(HttpRequest.newBuilder(URI.create(demo.url() + "api/documents?size=100&page=" + page))
          .build(), HttpResponse.BodyHandlers.ofString()).body();
      JsonNode documents = json.readTree(body).get("documents");
      documents.forEach(d -> ids.add(d.get("id").asText()));
      if (documents.size() < 100) {
        return ids;
      }
    }
  }
}

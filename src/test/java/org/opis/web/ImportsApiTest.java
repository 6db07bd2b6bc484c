package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.account.Role;
import org.opis.account.Scope;
import org.opis.wiring.ArchiveSettings;

/**
 * Whole files imported through {@code POST /api/imports} as {@code opis import} imports them: the
 * answer comes after the catalog committed all of the file, or says why nothing of it was.
 */
class ImportsApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  private static org.opis.wiring.Archive archive;
  private static ReadingRoom room;
  private static String write;
  private static String read;

  @BeforeAll
  static void open() {
    archive = org.opis.wiring.Archive.open(new ArchiveSettings(dir.resolve("data"), Optional.empty()), Clock.systemUTC());
    archive.gate().addAccount("anna", "Anna", Role.EDITOR, "Vladikavkaz, 16 November");
    write = archive.gate().issueToken("anna", "imports", Scope.WRITE).secret();
    read = archive.gate().issueToken("anna", "reading", Scope.READ).secret();
    room = ReadingRoom.start(ReadingRoomSettings.defaults().withLimits(Limits.defaults().withImports(4096)),
        archive.catalog(), archive.index(), archive.gate(), Optional.of(archive.pictures()),
        Optional.of(archive.safekeeping()), Optional.of(archive.importer().confined()), Optional.empty(),
        archive.clock());
  }

  @AfterAll
  static void close() {
    room.close();
    archive.close();
  }

  private static HttpResponse<String> send(String query, String contentType, String body, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(room.url() + "/api/imports" + query))
        .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static long documents() {
    long[] n = {0};
    archive.catalog().forEachCurrent(c -> n[0]++);
    return n[0];
  }

  @Test
  void importsAJsonLinesFileWholeAndSaysWhatItDid() throws Exception {
    long before = documents();
    HttpResponse<String> r = send("?name=letters.jsonl", "application/x-ndjson",
        "{\"title\": \"Letter from Rasht\"}\n{\"title\": \"Letter from Enzeli\"}\n", write);

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode report = JSON.readTree(r.body());
    assertThat(report.get("outcome").asText()).isEqualTo("imported");
    assertThat(report.get("format").asText()).isEqualTo("json");
    assertThat(report.get("created").asInt()).isEqualTo(2);
    assertThat(report.get("summary").asText()).isEqualTo("imported 2 documents (2 new)");
    assertThat(documents()).isEqualTo(before + 2);
  }

  @Test
  void refusesAFileWithAProblemWholeAndListsEachProblemWithItsPlace() throws Exception {
    long before = documents();
    HttpResponse<String> r = send("?name=minutes.csv", "text/csv",
        "title,date\nMinutes of the first meeting,1946-02-03\nMinutes of the second meeting,Febuary 30 1946\n", write);

    assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
    JsonNode report = JSON.readTree(r.body());
    assertThat(report.get("outcome").asText()).isEqualTo("rejected");
    JsonNode problem = report.get("problems").get(0);
    assertThat(problem.get("file").asText()).isEqualTo("minutes.csv");
    assertThat(problem.get("line").asInt()).isEqualTo(3);
    assertThat(problem.get("column").asText()).isEqualTo("date");
    assertThat(problem.get("message").asText()).contains("Febuary 30 1946");
    assertThat(documents()).as("nothing of the file was saved").isEqualTo(before);
  }

  @Test
  void recognisesAFileByItsNameWhenTheContentTypeSaysNothing() throws Exception {
    HttpResponse<String> r = send("?name=notes.csv", "application/octet-stream", "title\nA note on Gilan\n", write);

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(JSON.readTree(r.body()).get("format").asText()).isEqualTo("csv");
  }

  @Test
  void takesImportsOnlyFromAnEditorsTokenThatMayWrite() {
    String body = "{\"title\": \"A letter\"}";
    assertThat(send("", "application/json", body, null).statusCode()).isEqualTo(401);
    assertThat(send("", "application/json", body, read).statusCode()).isEqualTo(403);
  }

  @Test
  void saysAnEmptyBodyIsEmpty() {
    HttpResponse<String> r = send("?name=letters.jsonl", "application/x-ndjson", "", write);

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("the request body is empty");
  }

  @Test
  void refusesAFileLargerThanTheConfiguredLimit() {
    HttpResponse<String> r = send("?name=big.jsonl", "application/x-ndjson",
        "{\"title\": \"A long letter\", \"summary\": \"" + "x".repeat(5000) + "\"}\n", write);

    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(r.body()).contains("larger than the 4,096 bytes this archive takes through /api/imports");
  }

  @Test
  void refusesRecordsThatNameFilesElsewhereOnTheServer() throws Exception {
    long before = documents();
    HttpResponse<String> r = send("?name=letter.json", "application/json",
        "{\"title\": \"A letter\", \"attachments\": [\"../../../../../../etc/hosts\"]}", write);

    assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
    JsonNode problem = JSON.readTree(r.body()).get("problems").get(0);
    assertThat(problem.get("pointer").asText()).isEqualTo("/attachments/0");
    assertThat(problem.get("message").asText())
        .isEqualTo("the attachment \"../../../../../../etc/hosts\" leads out of the record's folder (..); keep scans"
            + " beside or below the record");
    assertThat(documents()).isEqualTo(before);
  }

  @Test
  void importsAFileSentInTheMultipartFieldFileRecognisedByItsName() throws Exception {
    long before = documents();
    Http.Response r = new Browser(room).upload("/api/imports", java.util.Map.of(), "file",
        java.util.Map.of("../../gilan.csv", "title\nA report from Gilan\n".getBytes(StandardCharsets.UTF_8)),
        "Authorization", "Bearer " + write);

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(JSON.readTree(r.body()).get("format").asText()).isEqualTo("csv");
    assertThat(documents()).isEqualTo(before + 1);
    Http.Response elsewhere = new Browser(room).upload("/api/imports", java.util.Map.of(), "files",
        java.util.Map.of("gilan.csv", "title\nA report from Gilan\n".getBytes(StandardCharsets.UTF_8)),
        "Authorization", "Bearer " + write);
    assertThat(elsewhere.status()).isEqualTo(400);
    assertThat(elsewhere.body()).contains("send the file to import in the multipart field");
  }
}

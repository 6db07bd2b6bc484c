package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What each address answers to each method: HEAD as GET would be, without the body (link checkers
 * and harvesters ask with HEAD whether a document exists and what it is); a method an address does
 * not take 405 with the methods it takes; OPTIONS those methods.
 */
class MethodsTest {
  private static ReadingRoom room;
  private static Http http;

  @BeforeAll
  static void open() {
    room = ReadingRoom.start(ReadingRoomSettings.defaults(), Archive.catalog(Archive.documents()),
        Archive.index(Archive.documents()), Archive.CLOCK);
    http = new Http(room);
  }

  @AfterAll
  static void close() {
    room.stop();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/documents/1", "/api/documents/1", "/search?q=telegram", "/api/search?q=telegram",
      "/browse", "/collections", "/people", "/robots.txt", "/sitemap.xml", "/oai?verb=Identify",
      "/documents/1/cite.bib", "/documents/1/tei.xml", "/documents/404", "/api/documents/404", "/documents/3",
      "/nowhere"})
  void answersHeadWithTheStatusAndHeadersOfGetAndNoBody(String target) {
    String get = http.rawResponse("GET", target, "localhost");
    String head = http.rawResponse("HEAD", target, "localhost");

    assertThat(statusLine(head)).as(target).isEqualTo(statusLine(get));
    assertThat(header(head, "content-type")).as(target).isEqualTo(header(get, "content-type"));
    assertThat(header(head, "content-type")).as(target).isNotEqualTo(Optional.of("text/plain"));
    // sent with its length, the length of the page GET sends
    header(head, "content-length").ifPresent(length -> assertThat(length).as(target)
        .isEqualTo(header(get, "content-length").orElse(String.valueOf(body(get).length()))));
    assertThat(body(head)).as(target).isEmpty();
    assertThat(body(get)).as(target).isNotEmpty();
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "DELETE /search | GET, HEAD, OPTIONS", "PATCH /api/documents/1 | DELETE, GET, HEAD, OPTIONS, PUT",
      "PUT /health | GET, HEAD, OPTIONS", "POST /documents/1 | GET, HEAD, OPTIONS",
      "DELETE /iiif/3/documents/1/manifest.json | GET, HEAD, OPTIONS", "PUT /api/imports | OPTIONS, POST",
      "PUT /documents/1/edit | GET, HEAD, OPTIONS, POST"})
  void answersAMethodAnAddressDoesNotTakeWith405AndTheMethodsItTakes(String request, String allowed) {
    String[] r = request.split(" ");
    String answer = http.rawResponse(r[0], r[1], "localhost");

    assertThat(statusLine(answer)).as(request).isEqualTo("HTTP/1.1 405 Method Not Allowed");
    assertThat(header(answer, "allow")).as(request).hasValue(allowed);
    assertThat(body(answer)).as(request).contains("is not answered to " + r[0] + "; it takes " + allowed);
  }

  @Test
  void answersOptionsWithTheMethodsAnAddressTakes() {
    String answer = http.rawResponse("OPTIONS", "/api/documents/1", "localhost");

    assertThat(statusLine(answer)).isEqualTo("HTTP/1.1 204 No Content");
    assertThat(header(answer, "allow")).hasValue("DELETE, GET, HEAD, OPTIONS, PUT");
  }

  @Test
  void letsAViewerOnAnotherSitePreflightAnIiifAddress() {
    String answer = http.rawResponse("OPTIONS", "/iiif/3/documents/1/manifest.json", "localhost");

    assertThat(statusLine(answer)).isEqualTo("HTTP/1.1 204 No Content");
    assertThat(header(answer, "access-control-allow-origin")).hasValue("*");
    assertThat(header(answer, "access-control-allow-headers")).hasValueSatisfying(h -> assertThat(h).contains("Accept"));
  }

  @Test
  void saysADocumentThatDoesNotExistIsNotFound() {
    assertThat(statusLine(http.rawResponse("HEAD", "/documents/no-such-document", "localhost")))
        .isEqualTo("HTTP/1.1 404 Not Found");
  }

  private static String statusLine(String response) {
    return response.substring(0, response.indexOf("\r\n"));
  }

  private static Optional<String> header(String response, String name) {
    return Arrays.stream(response.substring(0, response.indexOf("\r\n\r\n")).split("\r\n"))
        .filter(line -> line.toLowerCase(Locale.ROOT).startsWith(name + ":"))
        .map(line -> line.substring(line.indexOf(':') + 1).trim())
        .findFirst();
  }

  private static String body(String response) {
    return response.substring(response.indexOf("\r\n\r\n") + 4);
  }
}

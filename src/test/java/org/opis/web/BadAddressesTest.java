package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever a reader types into the address bar, the answer is never a server error. */
class BadAddressesTest {
  private static ReadingRoom room;
  private static Http http;

  @BeforeAll
  static void open() {
    room = ReadingRoom.start(ReadingRoomSettings.defaults(), Archive.catalog(Archive.documents()), Archive.index(Archive.documents()), Archive.CLOCK);
    http = new Http(room);
  }

  @AfterAll
  static void close() {
    room.stop();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/browse?page=abc", "/browse?page=-1", "/browse?page=0", "/browse?page=999999999999", "/browse?page=1.5",
      "/browse?page=%zz", "/browse?size=101", "/browse?size=0", "/browse?size=-5", "/browse?size=99999999999999",
      "/browse?order=sideways", "/browse?decade=1925", "/browse?decade=x", "/browse?from=1930&to=1920",
      "/browse?from=99999", "/browse?type=%FF", "/browse?page=%00", "/browse?type=%00", "/browse?page=",
      "/collections/c1?page=abc", "/collections/%00", "/collections/%E2%80%AE", "/api/documents?page=abc",
      "/api/documents?size=1000", "/api/documents?page=99999999", "/documents/%00", "/documents/a%00b",
      "/documents/%zz", "/documents/%FF", "/documents/..%2F..%2Fetc%2Fpasswd", "/documents/../../etc/passwd",
      "/documents/a%2Fb", "/documents/%E2%80%AE", "/documents/1%20", "/documents/-1", "/documents/.hidden",
      "/documents/1;jsessionid=x", "//documents/1", "/api/documents/%00", "/api/documents/%3Cscript%3E",
      "/static/../../etc/passwd", "/static/%2e%2e/%2e%2e/etc/passwd", "/nowhere", "/api/nowhere", "/documents",
      "/documents/1?page=%", "/%", "/browse?%=%"})
  void neverAnswersAnOddAddressWithAServerError(String target) {
    assertThat(http.rawStatus(target)).as(target).isBetween(200, 499);
  }

  @Test
  void answersAnAddressJettyCannotDecodeInTheArchivesOwnForms() {
    String api = http.rawResponse("/api/documents/%E0%A4", "localhost");
    String page = http.rawResponse("/documents/a%2Fb", "localhost");

    assertThat(api).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/json")
        .contains("{\"error\":{\"status\":400,\"message\":\"Bad UTF-8 encoding\"}}");
    assertThat(page).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: text/html;charset=utf-8")
        .contains("Ambiguous URI path separator").doesNotContainIgnoringCase("iso-8859-1").doesNotContain("Jetty");
  }

  @Test
  void neverAnswersAVeryLongAddressWithAServerError() {
    assertThat(http.rawStatus("/documents/" + "x".repeat(20_000))).isBetween(400, 499);
    assertThat(http.rawStatus("/browse?type=" + "t".repeat(5_000))).isBetween(400, 499);
    assertThat(http.rawStatus("/documents/" + "y".repeat(300))).isEqualTo(404);
  }

  @Test
  void explainsAPageNumberThatIsNotANumber() {
    Http.Response page = http.get("/browse?page=abc");

    assertThat(page.status()).isEqualTo(400);
    assertThat(page.contentType()).startsWith("text/html");
    assertThat(page.body()).contains("<p class=\"problem\">\"page\" is \"abc\"; use a whole number from 1 to 10000000</p>");
  }

  @Test
  void refusesPageNumbersBelowOneOrBeyondAnyArchive() {
    assertThat(http.get("/browse?page=-1").body()).contains("\"page\" is \"-1\"; use a whole number");
    assertThat(http.get("/browse?page=999999999999").body())
        .contains("\"page\" is \"999999999999\"; use a whole number from 1 to 10000000");
  }

  @Test
  void refusesMoreThanAHundredDocumentsToAPage() {
    Http.Response page = http.get("/browse?size=101");

    assertThat(page.status()).isEqualTo(400);
    assertThat(page.body()).contains("\"size\" is \"101\"; use a whole number from 1 to 100");
  }

  @Test
  void explainsAnUnknownOrderAndAnOddDecade() {
    assertThat(http.get("/browse?order=sideways").body())
        .contains("\"order\" is \"sideways\"; use oldest, newest or added");
    assertThat(http.get("/browse?decade=1925").body())
        .contains("\"decade\" is \"1925\"; use a year ending in 0, such as 1920");
    assertThat(http.get("/browse?from=1930&to=1920").body())
        .contains("the years run from 1930 to 1920; \"from\" should not be after \"to\"");
  }

  @Test
  void saysWhenAPageLiesPastTheEndOfTheList() {
    Http.Response page = http.get("/browse?page=9");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<h2 id=\"list-heading\">No documents on page 9</h2>")
        .contains("The list has 4 documents on 1 page.")
        .contains("<a href=\"/browse\">Go to the last page</a>");
  }

  @Test
  void answersAnUnknownDocumentWithAClearNotFoundPage() {
    Http.Response page = http.get("/documents/999");

    assertThat(page.status()).isEqualTo(404);
    assertThat(page.contentType()).startsWith("text/html");
    assertThat(page.body()).contains("<title>Not found · Opis</title>").contains("<h1>Not found</h1>")
        .contains("<p class=\"problem\">there is no document \"999\" in this archive</p>")
        .contains("<a href=\"/browse\">browse all documents</a>");
  }

  @Test
  void answersAnIdentifierThatCannotBeOneWithNotFound() {
    Http.Response page = http.get("/documents/%E2%80%AEevil");

    assertThat(page.status()).isEqualTo(404);
    assertThat(page.body()).contains("there is no document \"\u202eevil\" in this archive");
  }

  @Test
  void shortensALongIdentifierInTheMessage() {
    Http.Response page = http.get("/documents/" + "y".repeat(300));

    assertThat(page.body()).contains("there is no document \"" + "y".repeat(80) + "\u2026\" in this archive");
  }

  @Test
  void answersAnUnknownPathWithTheNotFoundPage() {
    Http.Response page = http.get("/no/such/page");

    assertThat(page.status()).isEqualTo(404);
    assertThat(page.contentType()).startsWith("text/html");
    assertThat(page.body()).contains("<p class=\"problem\">there is no page at \"/no/such/page\" in this"
        + " archive</p>");
  }

  @Test
  void answersAnUnknownCollectionWithNotFound() {
    Http.Response page = http.get("/collections/no-such-collection");

    assertThat(page.status()).isEqualTo(404);
    assertThat(page.body()).contains("there is no collection \"no-such-collection\" in this archive");
  }
}

package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opis.catalog.Catalog;

/**
 * A walk of every public surface of the reading room, as a reader or a harvester would take it:
 * the restricted memorandum (its title, its person, place, subject and collection, which no
 * other document names) and the still-embargoed report appear on none of them.
 */
class EveryPublicSurfaceTest {
  private static final List<String> HIDDEN = List.of(Archive.RESTRICTED_TITLE, Archive.EMBARGOED_TITLE, "Dzerzhinsky",
      "Lubyanka", "Secret police", "Pishevari");
  private static ReadingRoom room;
  private static Http http;
  private static Catalog catalog;

  @BeforeAll
  static void open() {
    catalog = Archive.catalog(Archive.documents());
    room = ReadingRoom.start(ReadingRoomSettings.defaults(), catalog, Archive.index(Archive.documents()),
        Archive.CLOCK);
    http = new Http(room);
  }

  @AfterAll
  static void close() {
    room.stop();
    catalog.close();
  }

  static List<String> surfaces() {
    List<String> fixed = new ArrayList<>(List.of(
        "/", "/browse", "/browse?order=added", "/browse?size=100", "/collections", "/people", "/places",
        "/search?q=Kuchuk", "/search?q=Gilan", "/search?q=Tabriz", "/search?q=memorandum",
        "/search?q=*", "/search?q=Kuchuk&size=100", "/api/search?q=Kuchuk", "/api/search?q=Gilan",
        "/api/documents?size=100", "/documents/1", "/documents/2", "/documents/5",
        "/documents/7", "/api/documents/1", "/sitemap.xml", "/sitemaps/1.xml", "/robots.txt",
        "/search/cite.bib?q=Kuchuk", "/search/cite.ris?q=Gilan", "/search/cite.json?q=*",
        "/oai?verb=ListRecords&metadataPrefix=oai_dc", "/oai?verb=ListRecords&metadataPrefix=opis_json",
        "/oai?verb=ListIdentifiers&metadataPrefix=oai_dc", "/oai?verb=ListSets",
        "/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:3",
        "/iiif/3/documents/3/manifest.json", "/iiif/3/documents/4/manifest.json"));
    return fixed;
  }

  @ParameterizedTest
  @MethodSource("surfaces")
  void showsNothingOfAHiddenDocument(String surface) {
    Http.Response answer = http.get(surface);
    assertThat(answer.status()).as(surface).isLessThan(500);
    for (String hidden : HIDDEN) {
      assertThat(answer.body()).as(surface + " shows " + hidden).doesNotContainIgnoringCase(hidden);
    }
  }

  @ParameterizedTest
  @MethodSource("surfaces")
  void leadsNowhereAHiddenDocumentIs(String surface) {
    // every page a public surface links to is public too: no link into a hidden document's pages
    Matcher links = Pattern.compile("href=\"(/[^\"#?]*)").matcher(http.get(surface).body());
    while (links.find()) {
      assertThat(links.group(1)).as(surface).doesNotMatch("/(documents|api/documents)/[34](/.*)?");
    }
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"Dzerzhinsky", "Lubyanka", "Pishevari", "%22Secret+police%22",
      "person:Dzerzhinsky", "place:Lubyanka"})
  void findsNothingBySearchingForWhatOnlyAHiddenDocumentHolds(String query) {
    assertThat(http.get("/api/search?q=" + query).body()).as(query).contains("\"total\":0");
  }

  @ParameterizedTest
  @MethodSource("hiddenAddresses")
  void answersAHiddenDocumentsOwnAddressesAsIfItDidNotExist(String address) {
    assertThat(http.get(address).status()).as(address).isEqualTo(404);
  }

  static List<String> hiddenAddresses() {
    return List.of("/documents/3", "/documents/4", "/api/documents/3", "/api/documents/4", "/documents/3/cite.bib",
        "/documents/4/cite.ris", "/documents/3/cite.json", "/iiif/3/documents/3/manifest.json",
        "/documents/3/tei.xml", "/documents/4/tei.xml");
  }
}

package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.opis.catalog.Catalog;
import org.opis.catalog.Viewer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Restricted and still-embargoed documents do not exist for a reader: not on a page, not in a count. */
class VisibilityTest {
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

  @ParameterizedTest
  @ValueSource(strings = {"3", "4"})
  void answersARestrictedOrEmbargoedDocumentAsIfItDidNotExist(String id) {
    Http.Response hidden = http.get("/documents/" + id);
    Http.Response missing = http.get("/documents/" + id + "000");

    assertThat(hidden.status()).isEqualTo(404);
    assertThat(hidden.body()).contains("there is no document \"" + id + "\" in this archive")
        .isEqualTo(missing.body().replace(id + "000", id));
  }

  @ParameterizedTest
  @ValueSource(strings = {"3", "4"})
  void answersARestrictedOrEmbargoedDocumentInTheApiAsIfItDidNotExist(String id) {
    Http.Response hidden = http.get("/api/documents/" + id);

    assertThat(hidden.status()).isEqualTo(404);
    assertThat(hidden.body())
        .isEqualTo("{\"error\":{\"status\":404,\"message\":\"there is no document \\\"" + id + "\\\" in this archive\"}}");
  }

  @Test
  void showsADocumentWhoseEmbargoHasLifted() {
    assertThat(http.get("/documents/5").status()).isEqualTo(200);
  }

  @Test
  void showsAnEmbargoedDocumentFromTheDayItsEmbargoEnds() {
    Clock dayBefore = Clock.fixed(LocalDate.of(2029, 12, 31).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    Clock day = Clock.fixed(LocalDate.of(2030, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    try (ReadingRoom before = ReadingRoom.start(ReadingRoomSettings.defaults(), Archive.catalog(Archive.documents()),
        Archive.index(Archive.documents()), dayBefore);
        ReadingRoom after = ReadingRoom.start(ReadingRoomSettings.defaults(), Archive.catalog(Archive.documents()),
            Archive.index(Archive.documents()), day)) {
      assertThat(new Http(before).get("/documents/4").status()).isEqualTo(404);
      assertThat(new Http(after).get("/documents/4").body()).contains("<h1>" + Archive.EMBARGOED_TITLE + "</h1>");
    }
  }

  @Test
  void countsOnlyWhatTheReaderMaySeeOnTheHomePage() {
    String home = http.get("/").body();

    assertThat(home).contains("The archive holds <strong>4</strong> documents.")
        .doesNotContain("Memorandum").doesNotContain("Report")
        .doesNotContain("1940s")
        .doesNotContain("Secret police files")
        .doesNotContain(Archive.RESTRICTED_TITLE).doesNotContain(Archive.EMBARGOED_TITLE);
    assertThat(home).containsPattern("Iran and the Soviet Union</a> <span class=\"count\">2</span>");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/browse", "/browse?order=newest", "/browse?order=added", "/browse?size=100",
      "/browse?type=memorandum", "/browse?type=report", "/browse?decade=1940", "/browse?from=1921&to=1921",
      "/collections", "/api/documents", "/api/documents?order=added&size=100"})
  void neverListsAHiddenDocument(String path) {
    Http.Response list = http.get(path);

    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body()).doesNotContain(Archive.RESTRICTED_TITLE).doesNotContain(Archive.EMBARGOED_TITLE)
        .doesNotContain("/documents/3\"").doesNotContain("/documents/4\"")
        .doesNotContain("Secret police files");
  }

  @Test
  void findsNothingOfAHiddenDocumentsTypeOrDecade() {
    assertThat(http.get("/browse?type=memorandum").body()).contains("<h2 id=\"list-heading\">No documents</h2>");
    assertThat(http.get("/browse?decade=1940").body()).contains("<h2 id=\"list-heading\">No documents</h2>");
    assertThat(http.get("/api/documents?type=report").body()).contains("\"total\":0");
  }

  @Test
  void countsOnlyVisibleDocumentsInAListAndACollection() {
    assertThat(http.get("/api/documents").body()).contains("\"total\":4");
    String iran = collectionLink(http.get("/collections").body(), "Iran and the Soviet Union");

    assertThat(http.get(iran).body()).contains("<h2 id=\"list-heading\">Documents 1–2 of 2</h2>");
  }

  @Test
  void answersACollectionOfHiddenDocumentsAsIfItDidNotExist() {
    String secret = catalog.collections(Viewer.editorOn(Archive.TODAY)).stream()
        .filter(c -> c.title().equals("Secret police files")).findFirst().orElseThrow().id();

    Http.Response page = http.get("/collections/" + secret);

    assertThat(page.status()).isEqualTo(404);
    assertThat(page.body()).contains("there is no collection \"" + secret + "\" in this archive")
        .doesNotContain("Secret police files");
  }

  static String collectionLink(String page, String title) {
    Matcher m = Pattern.compile("<a href=\"(/collections/[^\"]+)\">" + Pattern.quote(title) + "</a>").matcher(page);
    assertThat(m.find()).as("a link to the collection %s", title).isTrue();
    return m.group(1);
  }
}

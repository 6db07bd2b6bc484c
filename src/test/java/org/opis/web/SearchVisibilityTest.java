package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opis.catalog.Viewer;
import org.opis.search.SearchIndex;

/**
 * Restricted and still-embargoed documents do not exist for a reader of search results either:
 * not in a list, a count, a facet, the years, or beside another document.
 */
class SearchVisibilityTest {
  private static final List<Object> VIEWERS = new CopyOnWriteArrayList<>();
  private static ReadingRoom room;
  private static Http http;

  @BeforeAll
  static void open() {
    room = ReadingRoom.start(ReadingRoomSettings.defaults(), Archive.catalog(Archive.searchable()),
        recording(Archive.index(Archive.searchable())), Archive.CLOCK);
    http = new Http(room);
  }

  @AfterAll
  static void close() {
    room.stop();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/search?q=Kuchuk", "/api/search?q=Kuchuk", "/search?q=Kuchuk&size=100",
      "/search?q=Kuchuk&order=newest", "/search?q=", "/api/search?q=&size=100", "/search?from=1921&to=1950",
      "/search?q=Tabriz", "/search?q=Kuchuk&order=oldest&size=50", "/documents/1",
      "/documents/8"})
  void neverShowsAHiddenDocumentOrAnythingOnlyItHas(String path) {
    Http.Response page = http.get(path);

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).doesNotContain(Archive.RESTRICTED_TITLE).doesNotContain(Archive.EMBARGOED_TITLE)
        .doesNotContain("/documents/3\"").doesNotContain("/documents/4\"")
        .doesNotContain("\"id\":\"3\"").doesNotContain("\"id\":\"4\"")
        .doesNotContain("Memorandum").doesNotContain("memorandum\"").doesNotContain("Secret police")
        .doesNotContain("Dzerzhinsky").doesNotContain("Lubyanka").doesNotContain("Pishevari")
        .doesNotContain("language=fa").doesNotContain("1946").doesNotContain("\"fa\"");
  }

  @Test
  void countsOnlyVisibleDocuments() {
    assertThat(http.get("/search?q=Kuchuk").body()).contains("Documents 1–2 of 2")
        .contains("<a href=\"/search?q=Kuchuk&amp;from=1920&amp;to=1920\" aria-label=\"1920: 2 documents\">")
        .doesNotContain("1921:");
    assertThat(http.get("/api/search?q=Kuchuk").body()).contains("\"total\":2")
        .contains("\"years\":[{\"year\":1920,\"count\":2}]");
  }

  @Test
  void findsNothingWhenFilteredByWhatOnlyHiddenDocumentsHave() {
    for (String filter : new String[] {"type=memorandum", "language=fa", "collection=Secret+police+files",
        "person=Felix+Dzerzhinsky", "from=1946&to=1946"}) {
      assertThat(http.get("/search?q=Kuchuk&" + filter).body()).as(filter).contains("No documents found")
          .doesNotContain("/documents/3\"").doesNotContain("/documents/4\"");
    }
  }

  @Test
  void findsNothingForWordsOnlyHiddenDocumentsHold() {
    for (String words : new String[] {"Dzerzhinsky", "Pishevari", "Lubyanka", "%22Secret+police%22"}) {
      assertThat(http.get("/search?q=" + words).body()).as(words).contains("No documents found");
    }
  }

  @Test
  void asksTheIndexAsThePublicOnTodayEveryTime() {
    VIEWERS.clear();
    // addresses no other test asks for, which the reading room cannot have kept a page of
    http.get("/search?q=Kuchuk&size=50");
    http.get("/api/search?q=Kuchuk&size=50");
    http.get("/documents/1?from=visibility");

    assertThat(VIEWERS).hasSize(4).containsOnly(Viewer.publicOn(Archive.TODAY));
  }

  @Test
  void findsAnEmbargoedDocumentFromTheDayItsEmbargoEnds() {
    Clock day = Clock.fixed(LocalDate.of(2030, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    try (ReadingRoom after = ReadingRoom.start(ReadingRoomSettings.defaults(), Archive.catalog(Archive.searchable()),
        Archive.index(Archive.searchable()), day)) {
      assertThat(new Http(after).get("/search?q=Pishevari").body()).contains("Documents 1–1 of 1")
          .contains("<a href=\"/documents/4\">" + Archive.EMBARGOED_TITLE + "</a>");
    }
  }

  /** The index, noting the viewer of every question asked of it. */
  private static SearchIndex recording(SearchIndex index) {
    return (SearchIndex) Proxy.newProxyInstance(SearchIndex.class.getClassLoader(), new Class<?>[] {SearchIndex.class},
        (proxy, method, args) -> {
          if (args != null) {
            for (Object arg : args) {
              if (arg instanceof Viewer) {
                VIEWERS.add(arg);
              }
            }
          }
          return method.invoke(index, args);
        });
  }
}

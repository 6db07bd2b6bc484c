package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HomeAndBrowseTest {
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

  @Test
  void tellsOnTheHomePageHowMuchTheArchiveHoldsOfEachTypeAndDecade() {
    String home = http.get("/").body();

    assertThat(home).contains("<title>Home · Opis</title>")
        .contains("The archive holds <strong>4</strong> documents.")
        .contains("<li><a href=\"/browse?type=telegram\">Telegram</a> <span class=\"count\">1</span></li>")
        .contains("<li><a href=\"/browse?type=letter\">Letter</a> <span class=\"count\">1</span></li>")
        .contains("<li>Without a type <span class=\"count\">1</span></li>")
        .contains("<li><a href=\"/browse?decade=1910\">1910s</a> <span class=\"count\">1</span></li>")
        .contains("<li><a href=\"/browse?decade=1920\">1920s</a> <span class=\"count\">2</span></li>");
  }

  @Test
  void listsRecentlyAddedDocumentsNewestFirst() {
    String recent = DocumentPageTest.between(http.get("/").body(), "<h2 id=\"recent\">", "</section>");

    assertThat(recent).containsSubsequence("/documents/5\"", "/documents/2\"", "/documents/7\"", "/documents/1\"");
  }

  @Test
  void linksEachDecadeToItsDocuments() {
    String twenties = http.get("/browse?decade=1920").body();

    assertThat(twenties).contains("Documents 1–2 of 2").contains(Archive.TELEGRAM_TITLE)
        .contains("Minutes of the Politburo").doesNotContain("Letter, Lenin to Stalin")
        .contains("<option value=\"1920\" selected>1920s</option>");
  }

  @Test
  void browsesAllDocumentsOldestFirstWithUndatedLast() {
    String all = http.get("/browse").body();

    assertThat(all).contains("<h1>Browse documents</h1>").contains("Documents 1–4 of 4")
        .containsSubsequence("/documents/2\"", "/documents/1\"", "/documents/5\"", "/documents/7\"");
  }

  @Test
  void browsesNewestFirstOrByWhenAdded() {
    assertThat(http.get("/browse?order=newest").body())
        .containsSubsequence("/documents/5\"", "/documents/1\"", "/documents/2\"", "/documents/7\"")
        .contains("<option value=\"newest\" selected>Newest first</option>");
    assertThat(http.get("/browse?order=added").body())
        .containsSubsequence("/documents/5\"", "/documents/2\"", "/documents/7\"", "/documents/1\"");
  }

  @Test
  void filtersByTypeAndYears() {
    assertThat(http.get("/browse?type=letter").body()).contains("Documents 1–1 of 1").contains("/documents/2\"");
    assertThat(http.get("/browse?from=1918&to=1921").body()).contains("Documents 1–1 of 1").contains("/documents/1\"");
  }

  @Test
  void pagesThroughTheListKeepingItsFilters() {
    String first = http.get("/browse?size=2&order=newest").body();
    String second = http.get("/browse?size=2&order=newest&page=2").body();

    assertThat(first).contains("Documents 1–2 of 4").contains("Page 1 of 2.")
        .contains("<a rel=\"next\" href=\"/browse?order=newest&amp;page=2&amp;size=2\">Next page</a>")
        .doesNotContain("rel=\"prev\"");
    assertThat(second).contains("Documents 3–4 of 4").contains("Page 2 of 2.")
        .contains("<a rel=\"prev\" href=\"/browse?order=newest&amp;size=2\">Previous page</a>")
        .doesNotContain("rel=\"next\"");
  }

  @Test
  void offersTwentyFiftyOrAHundredToAPage() {
    String page = http.get("/browse?size=50").body();

    assertThat(page).contains("<a href=\"/browse\">20</a>").contains("<strong aria-current=\"true\">50</strong>")
        .contains("<a href=\"/browse?size=100\">100</a>")
        .contains("<option value=\"50\" selected>50</option>");
  }

  @Test
  void showsTitleDateTypeFromToAndTheStartOfTheSummaryOfEachDocument() {
    String entry = DocumentPageTest.between(http.get("/browse").body(), "<a href=\"/documents/2\">", "</li>");

    assertThat(entry).contains("Letter, Lenin to Stalin on the Persian question</a>")
        .contains("<dt>Date</dt><dd>25 October 1917 O.S.</dd>")
        .contains("<dt>Type</dt><dd>Letter</dd>")
        .contains("<dt>From</dt><dd>V. I. Lenin</dd>")
        .contains("<dt>To</dt><dd>I. V. Stalin</dd>")
        .contains("<p class=\"summary\">Lenin asks Stalin about Persia. Lenin asks")
        .contains("\u2026</p>")
        .doesNotContain("LAST-WORDS-OF-SUMMARY");
  }

  @Test
  void labelsEveryControlOfTheFilterForm() {
    String form = DocumentPageTest.between(http.get("/browse").body(), "<form class=\"filters\"", "</form>");

    for (String control : new String[] {"type", "decade", "from", "to", "order", "size"}) {
      assertThat(form).contains("<label for=\"" + control + "\">").contains("id=\"" + control + "\"");
    }
  }

  @Test
  void listsCollectionsWithTheirCountsAndTheirDocuments() {
    String collections = http.get("/collections").body();
    String iran = VisibilityTest.collectionLink(collections, "Iran and the Soviet Union");
    String collection = http.get(iran).body();

    assertThat(collections).contains("<h1>Collections</h1>").contains("Iran and the Soviet Union</a> <span"
        + " class=\"count\">2 documents</span>");
    assertThat(collection).contains("<h1>Iran and the Soviet Union</h1>").contains("Documents 1–2 of 2")
        .containsSubsequence("/documents/2\"", "/documents/1\"").doesNotContain("<form class=\"filters\"");
    assertThat(http.get(iran + "?size=1&page=2").body()).contains("Documents 2–2 of 2")
        .contains("<a rel=\"prev\" href=\"" + iran + "?size=1\">");
  }

  @Test
  void givesEveryPageOneFirstLevelHeadingASkipLinkAndLandmarks() {
    for (String path : new String[] {"/", "/browse", "/collections", "/documents/1", "/nowhere"}) {
      String page = http.get(path).body();
      assertThat(page).as(path).containsOnlyOnce("<h1").contains("<a class=\"skip\" href=\"#main\">Skip to content</a>")
          .contains("<main id=\"main\">").contains("<nav aria-label=\"Main\">").contains("<html lang=\"en\">")
          .doesNotContain("<h4");
    }
  }
}

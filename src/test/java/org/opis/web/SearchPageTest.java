package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The search page, asked as a browser asks: words, facets, dates, orders, pages. */
class SearchPageTest extends SearchableRoom {
  static String search(String query) {
    Http.Response page = http.get("/search?" + query);
    assertThat(page.status()).as(query).isEqualTo(200);
    return page.body();
  }

  static String q(String words) {
    return "q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
  }

  @Test
  void findsTheDocumentsThatNameAPersonAndSaysHowMany() {
    String page = search("q=Kuchuk");

    assertThat(page).contains("<title>Search: Kuchuk · Opis</title>")
        .contains("<h1>Search for \u201cKuchuk\u201d</h1>")
        .contains("<h2 id=\"results-heading\">Documents 1–2 of 2</h2>")
        .contains("<h3><a href=\"/documents/1\">" + Archive.TELEGRAM_TITLE + "</a></h3>")
        .contains("<h3><a href=\"/documents/8\">" + Archive.SECOND_TELEGRAM_TITLE + "</a></h3>");
  }

  @Test
  void highlightsWhereEachDocumentMatched() {
    String hit = DocumentPageTest.between(search("q=Kuchuk"), "<a href=\"/documents/8\">", "</li>");

    assertThat(hit).containsPattern("<p class=\"snippet[^\"]*\">[^<]*<mark>Kuchuk</mark>");
  }

  @Test
  void showsTitleDateTypeFromAndToOfEachDocumentFound() {
    String hit = DocumentPageTest.between(search("q=Chicherin"), "<a href=\"/documents/8\">", "</li>");

    assertThat(hit).contains("<dt>Date</dt><dd>November 20, 1920</dd>").contains("<dt>Type</dt><dd>Telegram</dd>")
        .contains("<dt>From</dt><dd>Stalin</dd>").contains("<dt>To</dt><dd>G. V. Chicherin</dd>");
  }

  @Test
  void findsADocumentByAnotherSpellingOfAName() {
    assertThat(search(q("\u041a\u0443\u0447\u0443\u043a-\u0445\u0430\u043d"))).contains("/documents/1\"")
        .contains("/documents/8\"");
  }

  @Test
  void listsEveryVisibleDocumentForAnEmptySearch() {
    String page = search("q=");

    assertThat(page).contains("<h1>Search the archive</h1>")
        .contains("<h2 id=\"results-heading\">Documents 1–20 of 31</h2>");
  }

  @Test
  void countsEachFacetsValuesAndLinksEachToTheNarrowerSearch() {
    String page = search("q=Kuchuk");

    assertThat(page)
        .contains("<h3 id=\"facet-type\">Type</h3>")
        .contains("<li><a href=\"/search?q=Kuchuk&amp;type=telegram\">Telegram</a> <span class=\"count\">2</span></li>")
        .contains("<li><a href=\"/search?q=Kuchuk&amp;language=ru\">Russian</a> <span class=\"count\">2</span></li>")
        .contains("<li><a href=\"/search?q=Kuchuk&amp;archive=RGASPI\">RGASPI</a> <span class=\"count\">2</span></li>")
        .contains("<li><a href=\"/search?q=Kuchuk&amp;person=Stalin\">Stalin</a> <span class=\"count\">2</span></li>")
        .contains("<li><a href=\"/search?q=Kuchuk&amp;place=Rasht\">Rasht</a> <span class=\"count\">2</span></li>")
        .contains("<li><a href=\"/search?q=Kuchuk&amp;translator=Gary+Goldberg\">Gary Goldberg</a>"
            + " <span class=\"count\">2</span></li>")
        .contains("<li><a href=\"/search?q=Kuchuk&amp;funder=MacArthur+Foundation\">MacArthur Foundation</a>"
            + " <span class=\"count\">2</span></li>")
        .contains("<li><a href=\"/search?q=Kuchuk&amp;subject=Communism\">Communism</a> <span class=\"count\">2</span>")
        .contains("<a href=\"/search?q=Kuchuk&amp;collection=Iran+and+the+Soviet+Union\">Iran and the Soviet Union</a>"
            + " <span class=\"count\">2</span>");
  }

  @Test
  void narrowsByAFacetAndShowsTheFilterWithALinkThatRemovesIt() {
    String page = search("q=Rasht&place=Rasht&type=report");

    assertThat(page).contains("Documents 1–1 of 1").contains("/documents/9\"").doesNotContain("/documents/1\"")
        .contains("<li>Place: Rasht <a class=\"remove\" href=\"/search?q=Rasht&amp;type=report\""
            + " aria-label=\"Remove the filter Place: Rasht\">remove</a></li>")
        .contains("<li>Type: Report <a class=\"remove\" href=\"/search?q=Rasht&amp;place=Rasht\""
            + " aria-label=\"Remove the filter Type: Report\">remove</a></li>")
        .contains("<strong aria-current=\"true\">Report</strong> <span class=\"count\">1</span> <a class=\"remove\""
            + " href=\"/search?q=Rasht&amp;place=Rasht\"");
  }

  @Test
  void keepsTheFiltersInTheFormSoNewWordsSearchTheSameSelection() {
    String form = DocumentPageTest.between(search("q=Rasht&place=Rasht&from=1920s"), "<form class=\"search-form\"",
        "</form>");

    assertThat(form).contains("<input id=\"q\" name=\"q\" type=\"search\" value=\"Rasht\">")
        .contains("<input type=\"hidden\" name=\"place\" value=\"Rasht\">")
        .contains("<input id=\"from\" name=\"from\" value=\"1920s\"");
  }

  @Test
  void filtersByADayAMonthAYearOrADecade() {
    assertThat(search("q=telegram&from=1920-11-16&to=1920-11-16")).contains("Documents 1–1 of 1")
        .contains("/documents/1\"");
    assertThat(search("q=telegram&from=1920-11&to=1920-11")).contains("Documents 1–2 of 2");
    assertThat(search("from=1921&to=1921")).contains("Documents 1–3 of 3").contains("/documents/9\"");
    assertThat(search("q=grain&from=1920s&to=1920s")).contains("of 20</h2>");
    assertThat(search("q=grain&from=1920&to=1925")).contains("of 12</h2>");
  }

  @Test
  void showsTheDatesChosenWithLinksThatRemoveThem() {
    assertThat(search("q=grain&from=1920&to=1925"))
        .contains("<li>From: 1920 <a class=\"remove\" href=\"/search?q=grain&amp;to=1925\"")
        .contains("<li>To: 1925 <a class=\"remove\" href=\"/search?q=grain&amp;from=1920\"");
  }

  @Test
  void drawsTheYearsAsBarsEachLinkedToItsYearAndLabelledWithItsCount() {
    String years = DocumentPageTest.between(search("q=grain"), "<svg class=\"histogram\"", "</svg>");

    assertThat(years).contains("role=\"group\" aria-labelledby=\"years-heading\"")
        .contains("<a href=\"/search?q=grain&amp;from=1918&amp;to=1918\" aria-label=\"1918: 3 documents\">"
            + "<title>1918: 3 documents</title><rect x=\"1\" y=\"0\" width=\"8\" height=\"100\"></rect></a>")
        .contains("<a href=\"/search?q=grain&amp;from=1929&amp;to=1929\" aria-label=\"1929: 2 documents\">"
            + "<title>1929: 2 documents</title><rect x=\"111\" y=\"34\" width=\"8\" height=\"66\"></rect></a>");
  }

  @Test
  void listsTheYearsAsTextBesideTheBars() {
    String list = DocumentPageTest.between(search("q=grain"), "<details class=\"year-list\">", "</details>");

    assertThat(list).contains("<li><a href=\"/search?q=grain&amp;from=1918&amp;to=1918\">1918</a>"
        + " <span class=\"count\">3</span></li>");
  }

  @Test
  void sortsByRelevanceOrByDateEitherWay() {
    String oldest = search("q=grain&order=oldest");
    String newest = search("q=grain&order=newest");

    assertThat(DocumentPageTest.between(oldest, "<ol class=\"documents hits\">", "</li>")).contains("<dd>1918</dd>");
    assertThat(DocumentPageTest.between(newest, "<ol class=\"documents hits\">", "</li>")).contains("<dd>1929</dd>");
    assertThat(oldest).contains("<p class=\"orders\">Sort by:\n<a href=\"/search?q=grain\">Relevance</a>"
        + " <strong aria-current=\"true\">Oldest first</strong> <a href=\"/search?q=grain&amp;order=newest\">Newest"
        + " first</a>");
  }

  @Test
  void pagesThroughTheResultsKeepingTheSearch() {
    String first = search("q=grain&order=oldest");
    String second = search("q=grain&order=oldest&page=2");

    assertThat(first).contains("Documents 1–20 of 25").contains("Page 1 of 2.")
        .contains("<a rel=\"next\" href=\"/search?q=grain&amp;order=oldest&amp;page=2\">Next page</a>")
        .doesNotContain("rel=\"prev\"");
    assertThat(second).contains("<title>Search: grain, page 2 · Opis</title>").contains("Documents 21–25 of 25")
        .contains("<a rel=\"prev\" href=\"/search?q=grain&amp;order=oldest\">Previous page</a>")
        .doesNotContain("rel=\"next\"");
  }

  @Test
  void offersTwentyFiftyOrAHundredToAPage() {
    String page = search("q=grain&size=50");

    assertThat(page).contains("Documents 1–25 of 25")
        .contains("<a href=\"/search?q=grain\">20</a> <strong aria-current=\"true\">50</strong>"
            + " <a href=\"/search?q=grain&amp;size=100\">100</a>");
  }

  @Test
  void saysWhenAPageLiesPastTheLastOne() {
    assertThat(search("q=grain&page=7")).contains("<h2 id=\"results-heading\">No documents on page 7</h2>")
        .contains("The search found 25 documents on 2 pages. <a href=\"/search?q=grain&amp;page=2\">Go to the last"
            + " page</a>.");
  }

  @Test
  void showsTheIndexsNoticesAboveTheResults() {
    String page = search(q("\"Kuchuk"));

    assertThat(page).contains("<div class=\"notices\" role=\"status\">").contains("never closed")
        .contains("Documents 1–2 of 2");
    assertThat(page.indexOf("class=\"notices\"")).isLessThan(page.indexOf("id=\"results-heading\""));
  }

  @Test
  void suggestsALikelierSpellingWhenNothingMatches() {
    String page = search("q=grian");

    assertThat(page).contains("<h2 id=\"results-heading\">No documents found</h2>")
        .contains("<p class=\"suggestion\">Did you mean <a href=\"/search?q=grain\">grain</a>?</p>");
  }

  @Test
  void offersTheSearchWithoutItsFiltersQuotesOrExclusionsWhenNothingMatches() {
    String page = search(q("\"Rasht forest\" -Chicherin") + "&type=report&from=1920");

    assertThat(page).contains("No documents found").contains("<p>Try a looser search:</p>")
        .contains("<li><a href=\"/search?q=%22Rasht+forest%22+-Chicherin\">\u201c\"Rasht forest\" -Chicherin\u201d"
            + " in all documents, without the filters</a></li>")
        .contains("<li><a href=\"/search?q=Rasht+forest+-Chicherin&amp;type=report&amp;from=1920\">\u201cRasht forest"
            + " -Chicherin\u201d, without the quotation marks</a></li>")
        .contains("<li><a href=\"/search?q=%22Rasht+forest%22&amp;type=report&amp;from=1920\">\u201c\"Rasht"
            + " forest\"\u201d, without the excluded words</a></li>");
  }

  @Test
  void putsASearchBoxInTheMastheadOfEveryPage() {
    for (String path : new String[] {"/", "/browse", "/collections", "/documents/1", "/search?q=x", "/nowhere"}) {
      assertThat(http.get(path).body()).as(path)
          .contains("<form class=\"masthead-search\" method=\"get\" action=\"/search\" role=\"search\""
              + " aria-label=\"Search the archive\">\n<label for=\"masthead-q\">Search the archive</label>\n"
              + "<input id=\"masthead-q\" name=\"q\" type=\"search\">");
    }
  }

  @Test
  void labelsEveryControlOfTheSearchForm() {
    String form = DocumentPageTest.between(search("q=x"), "<form class=\"search-form\"", "</form>");

    assertThat(form).contains("role=\"search\" aria-label=\"Refine this search\"");
    for (String control : new String[] {"q", "from", "to", "order", "size"}) {
      assertThat(form).contains("<label for=\"" + control + "\">").contains("id=\"" + control + "\"");
    }
  }

  @Test
  void givesTheSearchPageOneFirstLevelHeadingAndNoFourthLevel() {
    for (String query : new String[] {"q=Kuchuk", "q=grian", "q=grain&page=9", "q="}) {
      assertThat(search(query)).as(query).containsOnlyOnce("<h1").doesNotContain("<h4");
    }
  }

  @Test
  void needsNoScriptAndNoInlineStyleNotEvenForTheHistogram() {
    for (String query : new String[] {"q=grain", "q=Kuchuk&place=Rasht", "q=grian", "q="}) {
      assertThat(search(query)).as(query).doesNotContain("<script").doesNotContain("style=")
          .doesNotContain("<style").doesNotContainPattern("<[^>]*\\son[a-z]+=");
    }
  }
}

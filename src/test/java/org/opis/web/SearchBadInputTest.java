package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever a reader types into a search, the answer is never a server error: the search page
 * sets aside a parameter that cannot be used, says why and what it searched instead, and shows
 * results; the API answers it with a 400 that says why; the words searched for are never refused.
 */
class SearchBadInputTest extends SearchableRoom {
  @ParameterizedTest
  @ValueSource(strings = {
      "/search?page=abc", "/search?page=100000", "/search?page=0", "/search?page=-1", "/search?page=1.5",
      "/search?page=99999999999999999999", "/search?page=%00", "/search?page=%zz", "/search?size=7",
      "/search?size=0", "/search?size=abc", "/search?from=Febuary", "/search?from=1925&to=1920", "/search?to=%00",
      "/search?from=1920-02-30", "/search?from=99999", "/search?colour=red", "/search?%=%", "/search?order=sideways", "/search?sort=zzz",
      "/search?q=%3Cscript%3Ealert(1)%3C/script%3E", "/search?q=%00", "/search?q=%01%02%1B%7F",
      "/search?q=%FF%FE", "/search?q=%zz", "/search?q=%22", "/search?q=*", "/search?q=-", "/search?q=OR",
      "/search?q=AND+OR+NOT", "/search?q=((((", "/search?q=title:", "/search?q=date:1920..1910", "/search?q=%E2%80%AE",
      "/search?type=%00", "/search?person=" + "p", "/search?q=a&q=b", "/api/search?page=abc", "/api/search?size=7",
      "/api/search?q=%00", "/api/search?colour=red", "/api/search?from=Febuary"})
  void neverAnswersAnOddSearchWithAServerError(String target) {
    assertThat(http.rawStatus(target)).as(target).isBetween(200, 499);
  }

  @Test
  void saysOnceHowManyWordsOfALongQueryWereSearched() {
    String body = http.get("/api/search?q=" + "grain+Persia+Rasht+".repeat(700)).body();

    assertThat(body.split("were searched", -1)).hasSize(2);
    assertThat(body).contains("only the first 40 words and phrases were searched");
  }

  @Test
  void linksAVeryLongQueryOnlyAsFarAsItWasRead() {
    Http.Response page = http.get("/search?q=" + "grain+".repeat(20_000));

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("the query is 119,999 characters long; only the first 10,000 were read");
    java.util.regex.Matcher q = java.util.regex.Pattern.compile("[?&]q=([^&\"]*)").matcher(page.body());
    int links = 0;
    while (q.find()) {
      links++;
      assertThat(java.net.URLDecoder.decode(q.group(1).replace("&amp;", "&"), java.nio.charset.StandardCharsets.UTF_8))
          .hasSizeLessThanOrEqualTo(10_000);
    }
    assertThat(links).isPositive();
  }

  @Test
  void showsTheFirstPageForAPageNumberThatIsNotANumberAndSaysWhy() {
    Http.Response page = http.get("/search?q=grain&page=abc");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).startsWith("text/html");
    assertThat(notices(page)).contains("\"page\" is \"abc\"; use a whole number from 1 (20 results to a page)."
        + " Showing the first page instead.");
    assertThat(hits(page)).isNotEmpty().isEqualTo(hits(http.get("/search?q=grain")));
  }

  private static String notices(Http.Response page) {
    int start = page.body().indexOf("<div class=\"notices\"");
    assertThat(start).as(page.body()).isNotNegative();
    return page.body().substring(start, page.body().indexOf("</div>", start)).replace("&#34;", "\"")
        .replace("&quot;", "\"");
  }

  private static java.util.List<String> hits(Http.Response page) {
    return java.util.regex.Pattern.compile("<h3><a href=\"([^\"]+)\"").matcher(page.body()).results()
        .map(m -> m.group(1)).distinct().toList();
  }

  @Test
  void answersAPageDeeperThanTheIndexPagesThroughWithANotice() {
    Http.Response deep = http.get("/search?q=grain&page=100000");
    assertThat(deep.status()).isEqualTo(200);
    assertThat(deep.body()).contains("only the first 10,000 results can be paged through, and page 100,000 lies"
        + " beyond them; narrow the search with more words, a filter or dates");
    assertThat(http.get("/search?q=grain&page=999999999&size=100").status()).isEqualTo(200);
    assertThat(http.get("/api/search?q=grain&page=100000").body()).contains("only the first 10,000 results");
  }

  @Test
  void offersOnlyTwentyFiftyOrAHundredToAPageAndShowsTwentyForAnotherSize() {
    Http.Response page = http.get("/search?q=grain&size=7");

    assertThat(page.status()).isEqualTo(200);
    assertThat(notices(page)).contains("\"size\" is \"7\"; use 20, 50 or 100. Showing 20 results to a page instead.");
    assertThat(hits(page)).isEqualTo(hits(http.get("/search?q=grain")));
  }

  @Test
  void searchesWithoutADateItCannotReadAndSaysWhy() {
    Http.Response page = http.get("/search?q=grain&from=Febuary");

    assertThat(page.status()).isEqualTo(200);
    assertThat(notices(page)).contains("\"from\" is \"Febuary\"; use a day (1920-11-16), a month (1920-11), a year"
        + " (1920) or a decade (1920s). Searched from any date.");
    assertThat(hits(page)).isEqualTo(hits(http.get("/search?q=grain")));
    assertThat(notices(http.get("/search?to=1920-02-30"))).contains("\"to\" is \"1920-02-30\"; February 1920 has 29"
        + " days; use a day");
    assertThat(http.get("/api/search?to=1920-02-30").body()).contains("February 1920 has 29 days");
  }

  @Test
  void searchesDatesGivenInTheWrongOrderTheRightWayRoundAndSaysSo() {
    Http.Response page = http.get("/search?q=grain&from=1925&to=1910s");

    assertThat(page.status()).isEqualTo(200);
    assertThat(notices(page)).contains("the dates run from 1925 to 1910s; \"from\" should not be after \"to\"."
        + " Searched from 1910s to 1925 instead.");
    assertThat(hits(page)).isEqualTo(hits(http.get("/search?q=grain&from=1910s&to=1925")));
    assertThat(http.get("/api/search?q=grain&from=1925&to=1910s").status()).isEqualTo(400);
  }

  @Test
  void takesSortAsAnotherNameForTheOrderAndExplainsOneItDoesNotKnow() {
    Http.Response unknown = http.get("/search?q=grain&sort=zzz");
    assertThat(unknown.status()).isEqualTo(200);
    assertThat(notices(unknown)).contains("\"sort\" is \"zzz\"; use relevance, oldest or newest. Ordered by relevance"
        + " instead.");
    assertThat(http.get("/api/search?q=grain&sort=zzz").status()).isEqualTo(400);
    assertThat(http.get("/api/search?q=grain&sort=date_desc").body())
        .isEqualTo(http.get("/api/search?q=grain&order=newest").body());
  }

  @Test
  void leavesAsideParametersItDoesNotKnow() {
    Http.Response tracked = http.get("/api/search?q=grain&utm_source=newsletter&colour=red");

    assertThat(tracked.status()).isEqualTo(200);
    assertThat(tracked.body()).isEqualTo(http.get("/api/search?q=grain").body());
  }

  @Test
  void explainsAnUnknownOrder() {
    assertThat(http.get("/search?order=sideways").body())
        .contains("\"order\" is \"sideways\"; use relevance, oldest or newest");
  }

  @Test
  void leavesAsideAFilterValueLongerThanAnyNameAndValuesPastTheTwentieth() {
    assertThat(http.get("/search?person=" + "p".repeat(301)).body())
        .contains("\"person\" is \"" + "p".repeat(80) + "\u2026\"; a filter's value is at most 300 characters");
    StringBuilder types = new StringBuilder("type=t0");
    for (int i = 1; i <= 20; i++) {
      types.append("&type=t").append(i);
    }
    assertThat(http.get("/search?" + types).body())
        .contains("\"type\" is given 21 values; a search can be filtered by at most 20 values of one kind");
  }

  @Test
  void answersBadParametersOfTheApiInJson() {
    Http.Response json = http.get("/api/search?size=7");

    assertThat(json.status()).isEqualTo(400);
    assertThat(json.contentType()).startsWith("application/json");
    assertThat(json.body()).isEqualTo("{\"error\":{\"status\":400,\"message\":\"\\\"size\\\" is \\\"7\\\"; use 20, 50 or"
        + " 100\"}}");
  }

  @Test
  void searchesATenThousandCharacterQueryAndSaysWhatItDid() {
    Http.Response page = http.get("/search?q=" + "grain+".repeat(1_667));

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<div class=\"notices\" role=\"status\">")
        .contains("<title>Search: " + "grain ".repeat(13) + "gr\u2026 · Opis</title>");
  }

  @Test
  void searchesATenThousandCharacterQueryInAnotherScript() {
    String cyrillic = URLEncoder.encode("\u0445\u043b\u0435\u0431 ".repeat(2_000), StandardCharsets.UTF_8);

    assertThat(http.get("/search?q=" + cyrillic).status()).isEqualTo(200);
    assertThat(http.get("/api/search?q=" + cyrillic).status()).isEqualTo(200);
  }

  @Test
  void refusesAnAddressLongerThanTheServerReadsWithAClientError() {
    assertThat(http.rawStatus("/search?q=" + "x".repeat(200_000))).isBetween(400, 499);
  }

  @Test
  void showsAScriptTypedIntoTheSearchAsText() {
    String page = http.get("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%22%3E").body();

    assertThat(page).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("value=\"&lt;script>alert(1)&lt;/script>&#34;>\"");
  }

  @Test
  void readsControlCharactersAsSpaces() {
    Http.Response page = http.get("/search?q=Kuchuk%00%1B%7FRasht");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("value=\"Kuchuk   Rasht\"").doesNotContain("\u0000").doesNotContain("\u001b");
  }

  @Test
  void findsNothingForAFilterValueThatIsNone() {
    Http.Response page = http.get("/search?type=%00nothing");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("No documents found").contains("<li>Type: Nothing <a class=\"remove\"")
        .doesNotContain("\u0000");
  }
}

package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;
import org.opis.problem.StorageException;
import org.opis.search.SearchIndex;

/** Beside each document, the documents the index finds like it and those from the same file. */
class RelatedDocumentsTest extends SearchableRoom {
  @Test
  void listsDocumentsLikeThisOneWithTitleAndDate() {
    String related = DocumentPageTest.between(http.get("/documents/1").body(), "<h2 id=\"related\">", "</section>");

    assertThat(related).contains("<h2 id=\"related\">Related documents</h2>")
        .contains("<li><a href=\"/documents/8\">" + Archive.SECOND_TELEGRAM_TITLE + "</a>"
            + " <span class=\"date\">November 20, 1920</span></li>")
        .doesNotContain("/documents/1\"");
  }

  @Test
  void listsTheOtherDocumentsOfTheSameArchivalFile() {
    String sameFile = DocumentPageTest.between(http.get("/documents/1").body(), "<h2 id=\"same-file\">", "</section>");

    assertThat(sameFile).contains("<h2 id=\"same-file\">Other documents from the same file</h2>")
        .contains("<li><a href=\"/documents/8\">" + Archive.SECOND_TELEGRAM_TITLE + "</a>"
            + " <span class=\"date\">November 20, 1920</span></li>")
        .doesNotContain("/documents/1\"").doesNotContain("/documents/9\"");
  }

  @Test
  void leavesOutBothListsWhenTheyWouldBeEmpty() {
    String note = http.get("/documents/7").body();

    assertThat(note).doesNotContain("Related documents").doesNotContain("Other documents from the same file")
        .doesNotContain("class=\"beside\"");
  }

  @Test
  void keepsTheEditorsLinksApartAsSeeAlso() {
    assertThat(http.get("/documents/1").body()).contains("<dt>See also</dt>")
        .contains("<a href=\"/documents/2\">Letter, Lenin to Stalin on the Persian question</a>");
  }

  @Test
  void showsADocumentWhileTheIndexIsFailingOnlyWithoutTheLists() {
    try (ReadingRoom broken = ReadingRoom.start(ReadingRoomSettings.defaults(), Archive.catalog(Archive.searchable()),
        failing(), Archive.CLOCK)) {
      Http.Response page = new Http(broken).get("/documents/1");

      assertThat(page.status()).isEqualTo(200);
      assertThat(page.body()).contains("<h1>" + Archive.TELEGRAM_TITLE + "</h1>").doesNotContain("class=\"beside\"");
    }
  }

  @Test
  void saysTheSearchIsUnavailableWhileTheIndexIsFailing() {
    try (ReadingRoom broken = ReadingRoom.start(ReadingRoomSettings.defaults(), Archive.catalog(Archive.searchable()),
        failing(), Archive.CLOCK)) {
      Http.Response page = new Http(broken).get("/search?q=Kuchuk");
      Http.Response json = new Http(broken).get("/api/search?q=Kuchuk");

      assertThat(page.status()).isEqualTo(503);
      assertThat(page.body()).contains("<h1>The archive is unavailable</h1>")
          .contains("cannot read the search index; please try again later");
      assertThat(json.status()).isEqualTo(503);
      assertThat(json.body()).contains("\"status\":503");
    }
  }

  private static SearchIndex failing() {
    return (SearchIndex) Proxy.newProxyInstance(SearchIndex.class.getClassLoader(), new Class<?>[] {SearchIndex.class},
        (proxy, method, args) -> {
          if (method.getName().equals("close")) {
            return null;
          }
          throw new StorageException("cannot read the search index", null);
        });
  }
}

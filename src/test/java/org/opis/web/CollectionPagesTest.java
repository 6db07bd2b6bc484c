package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opis.catalog.Catalog;
import org.opis.catalog.Change;
import org.opis.record.CollectionRef;
import org.opis.record.Document;
import org.opis.record.DocumentId;

/** Collections and themes with an introduction, their documents in the curator's order, one within another. */
class CollectionPagesTest {
  private static final String PASSWORD = Archive.PASSWORD;
  private static ReadingRoom room;
  private static Catalog catalog;

  @BeforeAll
  static void open() {
    catalog = Archive.catalog(Archive.documents());
    catalog.write(Change.by("test", null), w -> {
      for (String n : List.of("30", "31", "32")) {
        w.save(Document.titled("Gilan letter " + n).id(new DocumentId(n))
            .collections(List.of(new CollectionRef("The Gilan Republic", java.util.Optional.of("gilan")))).build());
      }
      return null;
    });
    room = Archive.open(catalog, Archive.keepers(catalog, "anna", "editor"));
  }

  @AfterAll
  static void close() {
    room.stop();
    catalog.close();
  }

  @Test
  void aCuratorDescribesACollectionAndReadersSeeItsIntroductionAndOrder() {
    Browser editor = new Browser(room);
    editor.signIn("anna", PASSWORD);
    String iran = "/collections/" + catalog.collections(org.opis.catalog.Viewer.publicOn(Archive.TODAY)).stream()
        .filter(c -> c.title().equals("Iran and the Soviet Union")).findFirst().orElseThrow().id();
    Http.Response saved = editor.post("/collections/gilan/edit", Map.of("form_token", editor.formToken("/account"),
        "based_on", basedOn(editor), "title", "The Gilan Republic, 1920-1921",
        "introduction", "The *Soviet Socialist Republic of Gilan* was proclaimed in [Rasht](https://en.wikipedia.org/wiki/Rasht)."
            + "\n\n<script>alert(1)</script> [a trap](javascript:alert(1)) "
            + "\n\n[another](data:text/html;base64,PHNjcmlwdD4=)"
            + " [write](mailto:keeper@archive.example)",
        "within", iran.substring("/collections/".length()), "order", "32\n30"));
    assertThat(saved.status()).isEqualTo(303);
    Http.Response page = new Browser(room).get("/collections/gilan");
    assertThat(page.body()).contains("<h1>The Gilan Republic, 1920-1921</h1>")
        .contains("<em>Soviet Socialist Republic of Gilan</em>")
        .contains("href=\"https://en.wikipedia.org/wiki/Rasht\">Rasht</a>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)")
        .doesNotContain("href=\"javascript:").doesNotContain("href=\"data:")
        .contains("href=\"mailto:keeper@archive.example\"")
        .contains("Part of <a href=\"" + iran + "\">Iran and the Soviet Union</a>")
        .doesNotContain("Describe this collection");
    String body = page.body();
    assertThat(body.indexOf("Gilan letter 32")).isLessThan(body.indexOf("Gilan letter 30"));
    assertThat(body.indexOf("Gilan letter 30")).isLessThan(body.indexOf("Gilan letter 31"));
    assertThat(new Browser(room).get(iran).body()).contains("Within this collection")
        .contains("<a href=\"/collections/gilan\">The Gilan Republic, 1920-1921</a> (3)");
  }

  @Test
  void aPagePastTheEndOfACollectionSaysSoAndLeadsToItsLastPage() {
    for (String order : new String[] {"", "&order=oldest"}) {
      Http.Response page = new Browser(room).get("/collections/gilan?page=1000" + order);
      assertThat(page.status()).as(page.body()).isEqualTo(200);
      assertThat(page.body()).as(order).contains("No documents on page 1000").contains("Go to the last page");
    }
  }

  private static String basedOn(Browser editor) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"based_on\" value=\"([0-9a-f]+)\"")
        .matcher(editor.get("/collections/gilan/edit").body());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  @Test
  void refusesAChangeMadeOnAFormAnotherCuratorHasSavedSinceAndOneSentWithoutIt() {
    Browser first = new Browser(room);
    first.signIn("anna", PASSWORD);
    Browser second = new Browser(room);
    second.signIn("anna", PASSWORD);
    String opened = basedOn(first);
    String title = catalog.description("gilan").orElseThrow().title();
    String within = catalog.description("gilan").orElseThrow().within().orElse("");
    Http.Response saved = second.post("/collections/gilan/edit", Map.of("form_token", second.formToken("/account"),
        "based_on", basedOn(second), "title", title, "within", within, "introduction", "Written by the second."));
    assertThat(saved.status()).as(saved.body()).isEqualTo(303);

    Http.Response stale = first.post("/collections/gilan/edit", Map.of("form_token", first.formToken("/account"),
        "based_on", opened, "title", title, "within", within, "introduction", "Written by the first."));
    Http.Response unversioned = first.post("/collections/gilan/edit", Map.of("form_token", first.formToken("/account"),
        "title", title, "within", within, "introduction", "Written without a version."));

    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.body()).contains("the collection gilan was changed after this form was opened; nothing was saved")
        .contains("Written by the first.").contains("name=\"based_on\" value=\"" + basedOn(first) + "\"");
    assertThat(unversioned.status()).isEqualTo(400);
    assertThat(unversioned.body()).contains("\"based_on\" is missing");
    assertThat(catalog.description("gilan").orElseThrow().introduction()).contains("Written by the second.");
  }

  @Test
  void refusesAnOrderNamingADocumentTheCollectionDoesNotHold() {
    Browser editor = new Browser(room);
    editor.signIn("anna", PASSWORD);
    String before = catalog.description("gilan").orElseThrow().toString();
    for (String order : new String[] {"30\n9999", "30\n1"}) {
      String title = catalog.description("gilan").orElseThrow().title();
      Http.Response refused = editor.post("/collections/gilan/edit", Map.of("form_token", editor.formToken("/account"),
          "based_on", basedOn(editor), "title", title, "order", order));
      assertThat(refused.status()).as(order).isEqualTo(400);
      assertThat(refused.body()).contains("the order names document " + order.substring(3)
          + ", which is not in this collection");
    }
    assertThat(catalog.description("gilan").orElseThrow().toString()).isEqualTo(before);
  }

  @Test
  void refusesAThemeWithinItselfAndReadersTheForm() {
    Browser editor = new Browser(room);
    editor.signIn("anna", PASSWORD);
    Http.Response loop = editor.post("/collections/gilan/edit", Map.of("form_token", editor.formToken("/account"),
        "based_on", basedOn(editor), "title", "Gilan", "within", "gilan"));
    assertThat(loop.status()).isEqualTo(400);
    assertThat(loop.body()).contains("which is within it");
    assertThat(new Browser(room).get("/collections/gilan/edit").status()).isEqualTo(303);
  }
}

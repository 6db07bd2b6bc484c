package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opis.account.Gate;
import org.opis.account.Scope;
import org.opis.catalog.Catalog;

/** Whatever an editor or a script sends to the keepers' forms and API, the answer is never a server error. */
class KeepersBadInputTest {
  private static Catalog catalog;
  private static ReadingRoom room;
  private static String token;

  @BeforeAll
  static void open() {
    catalog = Archive.catalog(Archive.documents());
    Gate gate = Archive.keepers(catalog, "anna", "administrator");
    token = gate.issueToken("anna", "tests", Scope.WRITE).secret();
    room = Archive.open(catalog, gate);
  }

  @AfterAll
  static void close() {
    room.stop();
    catalog.close();
  }

  @Test
  void answersOddRequestsToTheApiWithoutAServerError() {
    String bearer = "Bearer " + token;
    Browser script = new Browser(room);
    for (String[] r : new String[][] {
        {"POST", "/api/documents", "[]"}, {"POST", "/api/documents", "\"a title\""}, {"POST", "/api/documents", ""},
        {"POST", "/api/documents", "{\"title\": \"x\", \"id\": \"../../etc\"}"}, {"PUT", "/api/documents/1", "{}"},
        {"PUT", "/api/documents/no%20such", "{\"title\": \"x\"}"}, {"DELETE", "/api/documents/1", ""},
        {"POST", "/api/documents/1/files", "{\"files\": []}"}, {"POST", "/api/documents/999/files", ""}}) {
      Http.Response answer = script.json(r[0], r[1], r[2], "Authorization", bearer, "If-Match", "\"abc\"");
      assertThat(answer.status()).as(String.join(" ", r) + ": " + answer.body()).isBetween(400, 499);
    }
  }

  @Test
  void refusesAFormThatChangesADocumentWithoutTheRevisionItWasSentFrom() {
    Browser anna = new Browser(room);
    anna.signIn("anna", Archive.PASSWORD);
    String form = anna.formToken("/account");
    Http.Response revert = anna.post("/documents/1/revert", Map.of("form_token", form, "revision", "1"));
    Http.Response visibility = anna.post("/documents/1/visibility", Map.of("form_token", form, "access", "public"));
    Http.Response typo = anna.post("/documents/1/visibility", Map.of("form_token", form, "current", "abc",
        "access", "public"));

    assertThat(revert.status()).isEqualTo(400);
    assertThat(revert.body()).contains("say which revision: \"current\" is missing");
    assertThat(visibility.status()).isEqualTo(400);
    assertThat(visibility.body()).contains("\"current\" is missing");
    assertThat(typo.status()).isEqualTo(400);
    assertThat(typo.body()).contains("\"current\" is \"abc\"; it is the number of the revision");
  }

  @Test
  void answersOddFormsWithoutAServerError() {
    Browser anna = new Browser(room);
    anna.signIn("anna", Archive.PASSWORD);
    String form = anna.formToken("/account");
    for (Map.Entry<String, Map<String, String>> r : Map.of(
        "/documents/1/files", Map.of("form_token", form),
        "/documents/1/files/order", Map.of("form_token", form, "order", "nothing.jpg"),
        "/documents/1/revert", Map.of("form_token", form, "revision", "99", "current", "x"),
        "/documents/1/visibility", Map.of("form_token", form, "current", "1", "access", "sideways"),
        "/documents/1/edit", Map.of("form_token", form, "based_on", "zz"),
        "/people/nobody/merge", Map.of("form_token", form, "from", ""),
        "/collections/nothing/edit", Map.of("form_token", form, "title", "x")).entrySet()) {
      Http.Response answer = anna.post(r.getKey(), r.getValue());
      assertThat(answer.status()).as(r.getKey() + ": " + answer.body()).isBetween(300, 499);
    }
    for (String page : new String[] {"/admin/audit?page=-1", "/admin/audit?page=zz", "/people?page=0",
        "/documents/1/history?from=0&to=zz", "/people/%00/edit", "/places/x/edit"}) {
      assertThat(anna.get(page).status()).as(page).isBetween(200, 499);
    }
  }
}

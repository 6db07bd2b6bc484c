package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opis.catalog.Catalog;

/**
 * Who may open each page of the keepers and send each of their forms: the public is sent to
 * sign in, a reader is refused, an editor may, and only an administrator reads the audit log.
 */
class RoutePermissionsTest {
  private static final List<String> EDITORS_PAGES = List.of("/documents/new", "/documents/1/edit",
      "/documents/1/history", "/documents/1/files", "/collections/" + "%s" + "/edit");
  private static Catalog catalog;
  private static ReadingRoom room;
  private static String collection;

  @BeforeAll
  static void open() {
    catalog = Archive.catalog(Archive.documents());
    room = Archive.open(catalog, Archive.keepers(catalog, "rita", "reader", "anna", "editor", "olga", "administrator"));
    collection = catalog.collections(org.opis.catalog.Viewer.publicOn(Archive.TODAY)).get(0).id();
  }

  @AfterAll
  static void close() {
    room.stop();
    catalog.close();
  }

  private static Browser as(String name) {
    Browser b = new Browser(room);
    if (name != null) {
      assertThat(b.signIn(name, Archive.PASSWORD).status()).isEqualTo(303);
    }
    return b;
  }

  private static List<String> pages() {
    return EDITORS_PAGES.stream().map(p -> p.contains("%s") ? String.format(p, collection) : p).toList();
  }

  @Test
  void sendsThePublicToSignInAndBackFromEveryEditorsPage() {
    Browser anyone = as(null);
    for (String page : pages()) {
      Http.Response r = anyone.get(page);
      assertThat(r.status()).as(page).isEqualTo(303);
      assertThat(r.header("Location")).as(page).hasValueSatisfying(l -> assertThat(l).startsWith("/sign-in?next=%2F"));
    }
    assertThat(anyone.get("/admin/audit").status()).isEqualTo(303);
  }

  @Test
  void refusesAReaderEveryEditorsPageAndForm() {
    Browser rita = as("rita");
    for (String page : pages()) {
      assertThat(rita.get(page).status()).as(page).isEqualTo(403);
    }
    String token = rita.formToken("/account");
    for (String form : List.of("/documents/new", "/documents/1/edit", "/documents/1/visibility", "/documents/1/withdraw",
        "/documents/1/revert", "/documents/1/files/order", "/collections/" + collection + "/edit")) {
      assertThat(rita.post(form, Map.of("form_token", token, "title", "x", "current", "1", "revision", "1",
          "access", "restricted", "reason", "x", "based_on", "1")).status()).as(form).isEqualTo(403);
    }
    assertThat(rita.get("/documents/3").status()).isEqualTo(404);
    assertThat(rita.get("/admin/audit").status()).isEqualTo(403);
  }

  @Test
  void letsAnEditorOpenEveryEditorsPageButNotTheAuditLog() {
    Browser anna = as("anna");
    for (String page : pages()) {
      assertThat(anna.get(page).status()).as(page).isEqualTo(200);
    }
    assertThat(anna.get("/documents/3/edit").status()).isEqualTo(200);
    assertThat(anna.get("/admin/audit").status()).isEqualTo(403);
  }

  @Test
  void anAdministratorReadsInTheAuditLogWhoSignedInAndWhoPublished() {
    Browser anna = as("anna");
    Map<String, String> form = Map.of("form_token", anna.formToken("/account"), "current", "1", "access", "restricted");
    assertThat(anna.post("/documents/7/visibility", form).status()).isEqualTo(303);
    as(null).signIn("anna", "not her password");
    Browser olga = as("olga");
    Http.Response log = olga.get("/admin/audit");
    assertThat(log.status()).isEqualTo(200);
    assertThat(log.body()).contains("<td>anna</td><td>signed in</td>").contains("<td>anna</td><td>failed to sign in</td>")
        .contains("<td>anna</td><td>made restricted</td><td>document 7</td>")
        .contains("<td>opis user</td><td>added the account</td><td>olga</td><td>administrator</td>");
  }

  @Test
  void answersAScriptWithoutATokenWith401NotARedirect() {
    assertThat(new Http(room).get("/api/documents/1").status()).isEqualTo(200);
    assertThat(new Browser(room).json("PUT", "/api/documents/1", "{}").status()).isEqualTo(401);
  }
}

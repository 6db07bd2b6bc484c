package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opis.account.Gate;
import org.opis.account.Role;
import org.opis.catalog.Catalog;

/**
 * Signing in through the reading room: an editor then sees restricted documents on every
 * surface, a reader does not; forms carry their token; guessing is slowed; tokens for scripts.
 */
class SignInTest {
  private static final String PASSWORD = Archive.PASSWORD;
  private static ReadingRoom room;
  private static Catalog catalog;

  @BeforeAll
  static void open() {
    catalog = Archive.catalog(Archive.documents());
    Gate gate = Archive.keepers(catalog, "reader", "reader", "guarded", "editor", "scripter", "administrator");
    gate.addAccount("editor", "Olga <b>Ivanova</b>", Role.EDITOR, PASSWORD);
    room = Archive.open(catalog, gate);
  }

  @AfterAll
  static void close() {
    room.stop();
    catalog.close();
  }

  @Test
  void anEditorSignedInSeesRestrictedDocumentsOnEverySurface() {
    Browser editor = new Browser(room);
    assertThat(editor.get("/documents/3").status()).isEqualTo(404);
    Http.Response signedIn = editor.signIn("Editor", PASSWORD);
    assertThat(signedIn.status()).isEqualTo(303);
    assertThat(signedIn.header("Location")).contains("/account");
    assertThat(signedIn.raw().headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
        .startsWith("opis_session=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax").contains("Path=/"));
    Http.Response restricted = editor.get("/documents/3");
    assertThat(restricted.status()).isEqualTo(200);
    assertThat(restricted.body()).contains(Archive.RESTRICTED_TITLE);
    assertThat(restricted.header("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    assertThat(editor.get("/documents/4").status()).isEqualTo(200);
    assertThat(editor.get("/api/documents/3").status()).isEqualTo(200);
    assertThat(editor.get("/search?q=Gilan").body()).contains(Archive.RESTRICTED_TITLE);
    assertThat(new Browser(room).get("/search?q=Gilan").body()).doesNotContain(Archive.RESTRICTED_TITLE);
    assertThat(editor.get("/account").body()).contains("Olga &lt;b&gt;Ivanova&lt;/b&gt;").contains("editor");
  }

  @Test
  void aReaderSignedInSeesWhatThePublicSees() {
    Browser reader = new Browser(room);
    assertThat(reader.signIn("reader", PASSWORD).status()).isEqualTo(303);
    assertThat(reader.get("/documents/3").status()).isEqualTo(404);
    assertThat(reader.get("/account").status()).isEqualTo(200);
  }

  @Test
  void aWrongPasswordShowsTheFormAgainWithWhatWentWrong() {
    Browser browser = new Browser(room);
    Http.Response refused = browser.signIn("reader", "not the password");
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.body()).contains("the name and password do not match an account that may sign in")
        .contains("value=\"reader\"").doesNotContain("not the password");
    assertThat(browser.get("/account").status()).isEqualTo(303);
  }

  @Test
  void refusesAFormSentWithoutItsTokenOrFromAnotherSite() {
    Browser browser = new Browser(room);
    browser.get("/sign-in");
    assertThat(browser.post("/sign-in", Map.of("name", "editor", "password", PASSWORD)).status()).isEqualTo(403);
    assertThat(browser.post("/sign-in", Map.of("form_token", "forged", "name", "editor", "password", PASSWORD))
        .status()).isEqualTo(403);
    String token = browser.formToken("/sign-in");
    assertThat(browser.post("/sign-in", Map.of("form_token", token, "name", "editor", "password", PASSWORD),
        "Origin", "https://evil.example").status()).isEqualTo(403);
    assertThat(browser.signIn("editor", PASSWORD).status()).isEqualTo(303);
    assertThat(browser.post("/sign-out", Map.of()).body()).contains("this form was not sent from a page of this archive");
    assertThat(browser.get("/documents/3").status()).as("still signed in").isEqualTo(200);
  }

  @Test
  void slowsDownGuessingOneAccountsPassword() {
    Browser guesser = new Browser(room);
    for (int i = 0; i < 5; i++) {
      assertThat(guesser.signIn("guarded", "guess number " + i).status()).isEqualTo(401);
    }
    Http.Response waiting = guesser.signIn("guarded", PASSWORD);
    assertThat(waiting.status()).isEqualTo(429);
    assertThat(waiting.header("Retry-After")).contains("900");
    assertThat(waiting.body()).contains("too many failed sign-ins in the last 15 minutes");
  }

  @Test
  void signingOutEndsTheSessionAndSigningOutEverywhereEndsEveryOne() {
    Browser first = new Browser(room);
    Browser second = new Browser(room);
    first.signIn("editor", PASSWORD);
    second.signIn("editor", PASSWORD);
    assertThat(first.post("/sign-out", Map.of("form_token", first.formToken("/account"))).status()).isEqualTo(303);
    assertThat(first.get("/documents/3").status()).isEqualTo(404);
    assertThat(second.get("/documents/3").status()).isEqualTo(200);
    Browser third = new Browser(room);
    third.signIn("editor", PASSWORD);
    assertThat(second.post("/account/sign-out-everywhere", Map.of("form_token", second.formToken("/account")))
        .status()).isEqualTo(303);
    assertThat(second.get("/documents/3").status()).isEqualTo(404);
    assertThat(third.get("/documents/3").status()).isEqualTo(404);
  }

  @Test
  void goesBackOnlyToAPageOfThisArchiveAfterSigningIn() {
    Browser browser = new Browser(room);
    for (String away : List.of("//evil.example/", "https://evil.example/", "/\\evil.example")) {
      Browser b = new Browser(room);
      String token = b.formToken("/sign-in");
      Http.Response r = b.post("/sign-in", Map.of("form_token", token, "name", "reader", "password", PASSWORD,
          "next", away));
      assertThat(r.header("Location")).as(away).contains("/account");
    }
    String token = browser.formToken("/sign-in?next=/documents/3");
    Http.Response back = browser.post("/sign-in", Map.of("form_token", token, "name", "editor", "password", PASSWORD,
        "next", "/documents/3"));
    assertThat(back.header("Location")).contains("/documents/3");
  }

  @Test
  void aTokenLetsAScriptReadAsItsAccountUntilRevoked() {
    Browser owner = new Browser(room);
    owner.signIn("scripter", PASSWORD);
    Http.Response made = owner.post("/account/tokens", Map.of("form_token", owner.formToken("/account"),
        "label", "nightly <export>", "scope", "read"));
    assertThat(made.status()).isEqualTo(201);
    Matcher secret = Pattern.compile("<code>(opis_[A-Za-z0-9_-]+)</code>").matcher(made.body());
    assertThat(secret.find()).isTrue();
    assertThat(made.body()).contains("nightly &lt;export&gt;");
    assertThat(owner.get("/account").body()).doesNotContain(secret.group(1));

    Browser script = new Browser(room);
    assertThat(script.get("/api/documents/3", "Authorization", "Bearer " + secret.group(1)).status()).isEqualTo(200);
    assertThat(script.get("/api/search?q=Gilan", "Authorization", "Bearer " + secret.group(1)).body())
        .contains(Archive.RESTRICTED_TITLE);
    String id = secret.group(1).substring(5, 13);
    assertThat(owner.post("/account/tokens/" + id + "/revoke", Map.of("form_token", owner.formToken("/account")))
        .status()).isEqualTo(303);
    Http.Response revoked = script.get("/api/documents/1", "Authorization", "Bearer " + secret.group(1));
    assertThat(revoked.status()).isEqualTo(401);
    assertThat(revoked.body()).contains("the API token sent is unknown or revoked");
    assertThat(script.get("/api/documents/1", "Authorization", "Bearer opis_nonsense").status()).isEqualTo(401);
  }
}

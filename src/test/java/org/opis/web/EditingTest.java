package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opis.account.Gate;
import org.opis.account.Scope;
import org.opis.catalog.Catalog;
import org.opis.search.Indexer;
import org.opis.search.SearchIndex;

/**
 * Editors change documents through the JSON API with a token of write scope, never over another
 * editor's newer change; the history shows every change field by field, and a revert is one more.
 */
class EditingTest {
  private static final String PASSWORD = Archive.PASSWORD;
  private static ReadingRoom room;
  private static Catalog catalog;
  private static SearchIndex index;
  private static String write;
  private static String read;
  private static String readerWrite;

  @BeforeAll
  static void open() {
    catalog = Archive.catalog(Archive.documents());
    Gate gate = Archive.keepers(catalog, "anna", "editor", "rita", "reader");
    write = gate.issueToken("anna", "corrections", Scope.WRITE).secret();
    read = gate.issueToken("anna", "reading", Scope.READ).secret();
    readerWrite = gate.issueToken("rita", "hopeful", Scope.WRITE).secret();
    index = Archive.index(Archive.documents());
    room = ReadingRoom.start(ReadingRoomSettings.defaults(), catalog, index, gate, Archive.CLOCK);
  }

  @AfterAll
  static void close() {
    room.stop();
    catalog.close();
  }

  private static Http.Response put(String id, String json, String token, String etag) {
    return new Browser(room).json("PUT", "/api/documents/" + id + "?comment=corrected+the+title", json,
        "Authorization", "Bearer " + token, "If-Match", etag);
  }

  @Test
  void anEditorChangesADocumentMadeOnItsCurrentRevision() {
    Browser script = new Browser(room);
    Http.Response read = script.get("/api/documents/2", "Authorization", "Bearer " + write);
    String etag = read.header("ETag").orElseThrow();
    String changed = read.body().replace("Letter, Lenin to Stalin on the Persian question",
        "Letter, Lenin to Stalin on the Persian Question");
    Http.Response saved = put("2", changed, write, etag);
    assertThat(saved.status()).isEqualTo(200);
    assertThat(saved.header("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(etag));
    assertThat(new Browser(room).get("/documents/2").body()).contains("on the Persian Question");

    Http.Response stale = put("2", changed.replace("Question", "problem"), write, etag);
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.body()).contains("was changed by editor:anna").contains("nothing was saved");
    assertThat(new Browser(room).get("/documents/2").body()).contains("on the Persian Question");
  }

  @Test
  void refusesAChangeWithoutAWriteTokenOfAnEditorOrWithoutItsRevision() {
    String json = new Browser(room).get("/api/documents/5").body();
    Http.Response anonymous = new Browser(room).json("PUT", "/api/documents/5", json);
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.header("WWW-Authenticate")).hasValue("Bearer realm=\"opis\"");
    assertThat(put("5", json, read, "\"1\"").status()).isEqualTo(403);
    assertThat(put("5", json, readerWrite, "\"1\"").body()).contains("rita is a reader");
    Http.Response noRevision = new Browser(room).json("PUT", "/api/documents/5", json, "Authorization", "Bearer " + write);
    assertThat(noRevision.status()).isEqualTo(400);
    assertThat(noRevision.body()).contains("send If-Match with the ETag of the document as read");
  }

  @Test
  void saysWhereTheJsonSentIsWrong() {
    Http.Response notJson = put("5", "{\"title\": ", write, "\"1\"");
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(notJson.body()).contains("the request body").contains("not JSON");
    Http.Response badDate = put("5", "{\"title\": \"Minutes\", \"date\": {\"asWritten\": \"Febuary 30\"}, \"type\": 7}",
        write, "\"1\"");
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.body()).contains("\"status\":400").contains("/type");
    Http.Response two = new Browser(room).json("POST", "/api/documents",
        "{\"title\": \"first\"} {\"title\": \"second, not to be dropped\"}", "Authorization", "Bearer " + write);
    assertThat(two.status()).isEqualTo(400);
    assertThat(two.body()).contains("not JSON").contains("line 1");
  }

  @Test
  void createsADocumentAndRefusesOneWhoseIdentifierIsTaken() {
    Http.Response created = new Browser(room).json("POST", "/api/documents",
        "{\"title\": \"Report from Enzeli\", \"type\": \"report\"}", "Authorization", "Bearer " + write);
    assertThat(created.status()).isEqualTo(201);
    String location = created.header("Location").orElseThrow();
    assertThat(new Browser(room).get(location).body()).contains("Report from Enzeli");
    Http.Response taken = new Browser(room).json("POST", "/api/documents", "{\"id\": \"1\", \"title\": \"Again\"}",
        "Authorization", "Bearer " + write);
    assertThat(taken.status()).isEqualTo(409);
  }

  @Test
  void theHistoryShowsEachChangeFieldByFieldAndARevertIsANewRevision() {
    Browser script = new Browser(room);
    Http.Response current = script.get("/api/documents/7", "Authorization", "Bearer " + write);
    put("7", current.body().replace("Undated note", "Undated note on Gilan"), write, current.header("ETag").orElseThrow());

    assertThat(new Browser(room).get("/documents/7/history").status()).isEqualTo(303);
    Browser editor = new Browser(room);
    editor.signIn("anna", PASSWORD);
    Http.Response history = editor.get("/documents/7/history");
    assertThat(history.status()).isEqualTo(200);
    assertThat(history.body()).contains("editor:anna").contains("corrected the title")
        .contains("<th scope=\"row\">title</th><td class=\"before\">Undated note</td>"
            + "<td class=\"after\">Undated note on Gilan</td>");
    Http.Response reverted = editor.post("/documents/7/revert", Map.of("form_token", editor.formToken("/account"),
        "revision", "1", "current", "2"));
    assertThat(reverted.status()).isEqualTo(303);
    assertThat(new Browser(room).get("/documents/7").body()).contains("Undated note").doesNotContain("on Gilan");
    assertThat(editor.get("/documents/7/history").body()).contains("reverted to revision 1");
    Browser reader = new Browser(room);
    reader.signIn("rita", PASSWORD);
    assertThat(reader.get("/documents/7/history").status()).isEqualTo(403);
  }

  @Test
  void aWithdrawnDocumentsPermalinkSaysWhenAndWhyAndNothingElseShowsIt() {
    Browser editor = new Browser(room);
    editor.signIn("anna", PASSWORD);
    assertThat(new Browser(room).get("/search?q=Persia").body()).contains("Telegram, Stalin to LENIN");
    Http.Response withdrawn = editor.post("/documents/1/withdraw", Map.of("form_token", editor.formToken("/account"),
        "current", "1", "reason", "the transcription was made from a <forged> copy"));
    assertThat(withdrawn.status()).isEqualTo(303);
    Http.Response tombstone = new Browser(room).get("/documents/1");
    assertThat(tombstone.status()).isEqualTo(410);
    assertThat(tombstone.body()).contains("document 1 was withdrawn from the archive on 1 June 2024 because: the"
        + " transcription was made from a &lt;forged&gt; copy");
    Http.Response api = new Browser(room).get("/api/documents/1");
    assertThat(api.status()).isEqualTo(410);
    assertThat(api.body()).contains("\"status\":410");
    // what the server's indexer does within a second of the change
    new Indexer(catalog, index).catchUp();
    assertThat(new Browser(room).get("/api/search?q=Kuchuk").body()).doesNotContain("\"id\":\"1\"");
    assertThat(editor.get("/documents/1").status()).isEqualTo(200);
    assertThat(editor.get("/documents/1/history").body()).contains("Now restricted.")
        .contains("withdrawn on 1 June 2024 by editor:anna");

    Http.Response published = editor.post("/documents/1/visibility", Map.of("form_token", editor.formToken("/account"),
        "current", "2", "access", "public"));
    assertThat(published.status()).isEqualTo(303);
    assertThat(new Browser(room).get("/documents/1").status()).isEqualTo(200);
  }

  @Test
  void anEditorEmbargoesADocumentUntilADay() {
    Browser editor = new Browser(room);
    editor.signIn("anna", PASSWORD);
    Http.Response bad = editor.post("/documents/2/visibility", Map.of("form_token", editor.formToken("/account"),
        "current", "1", "access", "embargoed", "until", "next spring"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("an embargo needs the day it lifts");
    Http.Response publicUntil = editor.post("/documents/2/visibility", Map.of("form_token", editor.formToken("/account"),
        "current", "1", "access", "public", "until", "2099-01-01"));
    assertThat(publicUntil.status()).isEqualTo(400);
    assertThat(publicUntil.body()).contains("choose embargoed to keep the document closed until then");
    Http.Response past = editor.post("/documents/2/visibility", Map.of("form_token", editor.formToken("/account"),
        "current", "1", "access", "embargoed", "until", "1999-01-01"));
    assertThat(past.status()).isEqualTo(400);
    assertThat(past.body()).contains("would lift at once");
    assertThat(new Browser(room).get("/documents/2").status()).isEqualTo(200);
  }
}

package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opis.catalog.Catalog;

/** Editors create and edit documents in a form of every field, told beside a field what is wrong with it. */
class EditFormTest {
  private static final String PASSWORD = Archive.PASSWORD;
  private static ReadingRoom room;
  private static Catalog catalog;

  @BeforeAll
  static void open() {
    catalog = Archive.catalog(Archive.documents());
    room = Archive.open(catalog, Archive.keepers(catalog, "anna", "editor", "rita", "reader"));
  }

  @AfterAll
  static void close() {
    room.stop();
    catalog.close();
  }

  private static Browser editor() {
    Browser b = new Browser(room);
    b.signIn("anna", PASSWORD);
    return b;
  }



  @Test
  void anEditorChangesFieldsAndEverythingElseIsKept() {
    Browser editor = editor();
    Map<String, String> form = FormFields.of(editor.get("/documents/1/edit").body());
    assertThat(form.get("title")).isEqualTo(Archive.TELEGRAM_TITLE);
    assertThat(form.get("creators")).isEqualTo("Stalin");
    form.put("title", "Telegram, Stalin to Lenin on Persia");
    form.put("subjects", form.get("subjects") + "\nGilan");
    form.put("comment", "a clearer title");
    Http.Response saved = editor.post("/documents/1/edit", form);
    assertThat(saved.status()).isEqualTo(303);
    String api = editor.get("/api/documents/1").body();
    assertThat(api).contains("Telegram, Stalin to Lenin on Persia").contains("\"Gilan\"")
        .contains("telegram-page-1.jpg").contains("119312");
    assertThat(editor.get("/documents/1/history").body()).contains("a clearer title");
  }

  @Test
  void saysBesideAFieldWhatIsWrongAndKeepsWhatWasTyped() {
    Browser editor = editor();
    Map<String, String> form = FormFields.of(editor.get("/documents/2/edit").body());
    form.put("date", "Febuary 30, 1946");
    form.put("summary", "A summary <typed> just now");
    Http.Response refused = editor.post("/documents/2/edit", form);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("One field needs correcting; nothing was saved.")
        .containsPattern("class=\"field has-problem\">\\s*<label for=\"date\">")
        .contains("id=\"date-problem\"").contains("Febuary 30, 1946")
        .contains("A summary &lt;typed&gt; just now");
    assertThat(editor.get("/api/documents/2").body()).doesNotContain("Febuary");
  }

  @Test
  void refusesAnEditMadeOnAnOlderRevisionKeepingWhatWasTyped() {
    Browser first = editor();
    Browser second = editor();
    Map<String, String> mine = FormFields.of(first.get("/documents/5/edit").body());
    Map<String, String> theirs = FormFields.of(second.get("/documents/5/edit").body());
    theirs.put("title", "Minutes, as Boris corrected them");
    assertThat(second.post("/documents/5/edit", theirs).status()).isEqualTo(303);
    mine.put("title", "Minutes, as Anna corrected them");
    Http.Response stale = first.post("/documents/5/edit", mine);
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.body()).contains("was changed by editor:anna").contains("Minutes, as Anna corrected them");
    assertThat(first.get("/api/documents/5").body()).contains("as Boris corrected them");
  }

  @Test
  void createsADocumentFromTheBlankForm() {
    Browser editor = editor();
    Map<String, String> form = FormFields.of(editor.get("/documents/new").body());
    Http.Response untitled = editor.post("/documents/new", form);
    assertThat(untitled.status()).isEqualTo(400);
    assertThat(untitled.body()).contains("id=\"title-problem\"");
    form.put("title", "Letter from Enzeli");
    form.put("type", "letter");
    form.put("date", "3 March 1918 O.S.");
    form.put("creators", "Kuchuk-Khan\nEhsanullah");
    Http.Response created = editor.post("/documents/new", form);
    assertThat(created.status()).isEqualTo(303);
    String page = editor.get(created.header("Location").orElseThrow()).body();
    assertThat(page).contains("Letter from Enzeli").contains("Kuchuk-Khan").contains("Ehsanullah");
  }

  @Test
  void onlyEditorsSeeTheForms() {
    assertThat(new Browser(room).get("/documents/1/edit").status()).isEqualTo(303);
    Browser reader = new Browser(room);
    reader.signIn("rita", PASSWORD);
    assertThat(reader.get("/documents/new").status()).isEqualTo(403);
  }
}

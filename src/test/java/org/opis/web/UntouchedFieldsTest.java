package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opis.authority.AgentKind;
import org.opis.authority.AgentRef;
import org.opis.catalog.Catalog;
import org.opis.catalog.Change;
import org.opis.record.Document;
import org.opis.record.DocumentId;
import org.opis.record.Text;
import org.opis.record.TextKind;
import org.opis.record.Visibility;

/** What an editor did not touch stays as it was: a form saved unchanged, a field left empty, a revert. */
class UntouchedFieldsTest {
  private static ReadingRoom room;
  private static Catalog catalog;

  @BeforeAll
  static void open() {
    List<Document> documents = new ArrayList<>(Archive.documents());
    documents.add(Document.titled("Letter to Jones Brothers").id(new DocumentId("80"))
        .creators(List.of(new AgentRef("Acme Trading", AgentKind.ORGANISATION, java.util.Optional.empty())))
        .texts(List.of(new Text(TextKind.TRANSLATION, "en", List.of(), "Bell\u0007 here.\n\nSecond paragraph.", List.of())))
        .build());
    documents.add(Document.titled("Memorandum on Gilan").id(new DocumentId("81")).build());
    documents.add(Document.titled("Note from Gori").id(new DocumentId("82"))
        .collections(List.of(new org.opis.record.CollectionRef("Gori papers", java.util.Optional.of("gori"))))
        .creators(List.of(new AgentRef("Koba", AgentKind.PERSON, java.util.Optional.of("koba")))).build());
    catalog = Archive.catalog(documents);
    catalog.write(Change.by("import", null), w -> {
      w.save(new org.opis.authority.Agent("koba", AgentKind.PERSON, "Koba", List.of("Soso\u0007"),
          java.util.Optional.empty(), java.util.Optional.of("Born in Gori.\u001b[0m\n\nA second paragraph.")));
      w.describe(new org.opis.catalog.CollectionDescription("gori", "Gori\npapers", java.util.Optional.of("Kept\u0007 in"
          + " Tiflis.\n\nSecond paragraph."), java.util.Optional.empty(), List.of()));
      return null;
    });
    catalog.write(Change.by("editor:anna", "restricted"), w -> w.saveEdit(catalog.document(new DocumentId("81"),
        org.opis.catalog.Viewer.editorOn(Archive.TODAY)).orElseThrow().toBuilder().visibility(Visibility.RESTRICTED)
        .build(), 1));
    room = Archive.open(catalog, Archive.keepers(catalog, "anna", "editor"));
  }

  @AfterAll
  static void close() {
    room.stop();
    catalog.close();
  }

  private static Browser editor() {
    Browser b = new Browser(room);
    b.signIn("anna", Archive.PASSWORD);
    return b;
  }


  @Test
  void aFormSavedUnchangedChangesNothingInTheRecord() {
    Browser editor = editor();
    String before = editor.get("/api/documents/80").body();

    Http.Response saved = editor.post("/documents/80/edit", FormFields.of(editor.get("/documents/80/edit").body()));

    assertThat(saved.status()).isEqualTo(303);
    assertThat(editor.get("/api/documents/80").body()).isEqualTo(before)
        .contains("\"kind\":\"organisation\"").contains("Bell\\u0007 here.");
    assertThat(catalog.revisions(new DocumentId("80"))).hasSize(1);
  }

  @Test
  void anAuthorityOrCollectionFormSavedUnchangedKeepsWhatThePageCouldNotShow() {
    Browser editor = editor();
    org.opis.authority.Agent koba = catalog.agent("koba").orElseThrow();
    Http.Response person = editor.post("/people/koba/edit", FormFields.of(editor.get("/people/koba/edit").body()));
    Http.Response collection = editor.post("/collections/gori/edit",
        FormFields.of(editor.get("/collections/gori/edit").body()));

    assertThat(person.status()).as(person.body()).isEqualTo(303);
    assertThat(collection.status()).as(collection.body()).isEqualTo(303);
    assertThat(catalog.agent("koba")).contains(koba);
    assertThat(catalog.description("gori").orElseThrow().introduction())
        .contains("Kept\u0007 in Tiflis.\n\nSecond paragraph.");
    // an <input> sends a title back without the line break it holds: still untouched
    assertThat(catalog.description("gori").orElseThrow().title()).isEqualTo("Gori\npapers");
  }

  @Test
  void aVisibilityLeftEmptyKeepsARestrictedDocumentRestricted() {
    Browser editor = editor();
    Map<String, String> form = FormFields.of(editor.get("/documents/81/edit").body());
    assertThat(form.get("visibility")).isEqualTo("restricted");
    form.put("visibility", "");
    form.put("summary", "A corrected summary.");

    assertThat(editor.post("/documents/81/edit", form).status()).isEqualTo(303);

    assertThat(editor.get("/api/documents/81").body()).contains("A corrected summary.").contains("restricted");
    assertThat(new Browser(room).get("/documents/81").status()).isEqualTo(404);
  }

  @Test
  void aRevertToARevisionFromBeforeARestrictionKeepsTheDocumentRestricted() {
    Browser editor = editor();
    int current = catalog.revisions(new DocumentId("81")).size();
    Map<String, String> form = Map.of("form_token", editor.formToken("/documents/81/history"),
        "revision", "1", "current", String.valueOf(current));

    assertThat(editor.post("/documents/81/revert", form).status()).isEqualTo(303);

    assertThat(catalog.revision(new DocumentId("81"), catalog.revisions(new DocumentId("81")).size()).orElseThrow()
        .visibility()).isEqualTo(Visibility.RESTRICTED);
    assertThat(new Browser(room).get("/documents/81").status()).isEqualTo(404);
    assertThat(new Browser(room).get("/search?q=Gilan").body()).doesNotContain("/documents/81\"");
  }
}

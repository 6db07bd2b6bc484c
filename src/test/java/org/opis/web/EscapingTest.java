package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opis.authority.AgentRef;
import org.opis.authority.PlaceRef;
import org.opis.date.Calendar;
import org.opis.date.DocumentDate;
import org.opis.marks.EditorialMark;
import org.opis.marks.MarkKind;
import org.opis.record.Attachment;
import org.opis.record.AttachmentRole;
import org.opis.record.CollectionRef;
import org.opis.record.Dateline;
import org.opis.record.Document;
import org.opis.record.DocumentId;
import org.opis.record.ExternalId;
import org.opis.record.Mentions;
import org.opis.record.Relation;
import org.opis.record.Rights;
import org.opis.record.Text;
import org.opis.record.TextKind;
import org.opis.reference.ArchivalReference;
import org.opis.reference.ReferenceSystem;

/** Whatever a record holds comes back as text, never as markup or a link that runs script. */
class EscapingTest {
  private static final String SCRIPT = "<script>alert('x')</script>";
  private static final String BREAKOUT = "\"><img src=x onerror=alert(1)>";
  private static final String EVIL = SCRIPT + BREAKOUT;
  private static ReadingRoom room;
  private static Http http;

  @BeforeAll
  static void open() {
    List<Document> documents = List.of(hostile("66", "javascript:alert(document.cookie)"),
        hostile("67", "https://example.org/?q=" + BREAKOUT.replace(' ', '/')), Archive.telegram());
    room = ReadingRoom.start(ReadingRoomSettings.defaults(), Archive.catalog(documents), Archive.index(documents),
        Archive.CLOCK);
    http = new Http(room);
  }

  @AfterAll
  static void close() {
    room.stop();
  }

  /**
   * A document with an attack in every free-text field, valid canonical JSON all the same (the
   * catalog reads it back through the canonical reader, which accepts only real language tags).
   */
  static Document hostile(String id, String rightsUri) {
    String body = "Para " + EVIL + " [" + EVIL + "]\n\n" + EVIL;
    int markStart = body.indexOf(" [") + 1;
    return Document.titled("Title " + EVIL).id(new DocumentId(id))
        .type("type" + EVIL)
        .date(new DocumentDate("date " + EVIL, "1950", LocalDate.of(1950, 1, 1), LocalDate.of(1950, 12, 31),
            Calendar.GREGORIAN, false))
        .dateline(new Dateline(Optional.of("at " + EVIL), Optional.of(PlaceRef.named("place " + EVIL)),
            Optional.of("12:00")))
        .creators(List.of(AgentRef.person("creator " + EVIL)))
        .recipients(List.of(AgentRef.organisation("recipient " + EVIL)))
        .summary("summary " + EVIL)
        .texts(List.of(new Text(TextKind.TRANSLATION, "en", List.of(AgentRef.person("translator " + EVIL)),
            body, List.of(new EditorialMark(MarkKind.NOTE, markStart, body.indexOf("]") + 1)))))
        .sources(List.of(new ArchivalReference("source " + EVIL, Optional.of("repository " + EVIL),
            ReferenceSystem.LABELLED, List.of(new ArchivalReference.Level("box" + EVIL, "1" + EVIL)))))
        .identifiers(List.of("identifier " + EVIL))
        .externalIds(List.of(new ExternalId("system " + EVIL, "value " + EVIL)))
        .classification("classification " + EVIL)
        .languages(List.of("ru"))
        .rights(new Rights("rights " + EVIL, Optional.of(rightsUri)))
        .funders(List.of("funder " + EVIL))
        .mentions(new Mentions(List.of(AgentRef.person("person " + EVIL)),
            List.of(AgentRef.organisation("organisation " + EVIL)), List.of(PlaceRef.named("mentioned " + EVIL))))
        .subjects(List.of("subject " + EVIL))
        .collections(List.of(CollectionRef.titled("collection " + EVIL)))
        .attachments(List.of(new Attachment("javascript:alert(1)", "text/html" + BREAKOUT, 10, "b".repeat(128),
            AttachmentRole.OTHER, Optional.of("label " + EVIL))))
        .related(List.of(new Relation(new DocumentId("1"), Optional.of("note " + EVIL))))
        .provenance("provenance " + EVIL)
        .uploaded(Instant.parse("2024-01-01T00:00:00Z"))
        .build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/browse", "/browse?type=type%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
      "/collections", "/documents/66"})
  void neverLetsRecordContentBecomeMarkup(String path) {
    // the page's own JSON-LD is the one script element, and it holds no "<" at all
    String page = http.get(path).body().replaceFirst("<script type=\"application/ld\\+json\">[^<]*</script>", "");

    assertThat(page).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
        .doesNotContainIgnoringCase("href=\"javascript:")
        .contains("&lt;script&gt;alert('x')&lt;/script&gt;\"&gt;&lt;img src=x onerror=alert(1)&gt;");
  }

  @Test
  void showsEveryHostileFieldOfTheDocumentAsText() {
    String page = http.get("/documents/66").body();
    String shown = "&lt;script&gt;alert('x')&lt;/script&gt;\"&gt;&lt;img src=x onerror=alert(1)&gt;";

    for (String field : new String[] {"Title ", "date ", "at ", "<span class=\"place\">place ", "creator ", "recipient ",
        "summary ", "translator ", "source ", "repository ", "identifier ", "system ", "value ", "classification ",
        "rights ", "funder ", "person ", "organisation ", "mentioned ", "subject ", "collection ", "label ", "note ",
        "provenance "}) {
      assertThat(page).as(field).contains(field + shown);
    }
    assertThat(page).contains("<span class=\"mark mark-note\" title=\"note: the editor&#39;s note on the original\">"
        + "[" + shown + "]</span>");
  }

  @Test
  void escapesRecordContentInsideAttributes() {
    String page = http.get("/documents/67").body();

    assertThat(page).contains("<a href=\"https://example.org/?q=&#34;>&lt;img/src=x/onerror=alert(1)>\" rel=\"license\">");
  }

  @Test
  void neverLinksAJavascriptAddress() {
    String page = http.get("/documents/66").body();

    assertThat(page).doesNotContainIgnoringCase("href=\"javascript")
        .contains("<p>javascript:alert(document.cookie)</p>")
        .contains("<span class=\"file-name\">javascript:alert(1)</span>");
  }

  @Test
  void escapesWhatTheReaderTypedWhenRepeatingItInAnError() {
    Http.Response page = http.get("/browse?order=%3Cscript%3Ealert(1)%3C/script%3E");
    Http.Response json = http.get("/api/documents?order=%3Cscript%3E");

    assertThat(page.status()).isEqualTo(400);
    assertThat(page.body()).doesNotContain("<script").contains("\"order\" is \"&lt;script&gt;alert(1)&lt;/script&gt;\"");
    assertThat(json.contentType()).startsWith("application/json");
    assertThat(json.header("X-Content-Type-Options")).contains("nosniff");
  }
}

package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opis.catalog.Catalog;
import org.opis.catalog.Change;
import org.opis.record.DocumentId;

/** {@code /documents/{id}/tei.xml}: a visible document as TEI P5, and nothing of a hidden one. */
class TeiFileTest {
  private static ReadingRoom room;
  private static Http http;

  @BeforeAll
  static void open() {
    Catalog catalog = Archive.catalog(Archive.documents());
    DocumentId letter = new DocumentId("2");
    int current = catalog.revisions(letter).size();
    catalog.write(Change.by("editor:anna", "withdrawn"), w -> w.withdraw(letter, "a copyright claim", current));
    room = ReadingRoom.start(ReadingRoomSettings.defaults().withArchiveName("Cold War Archive"),
        catalog, Archive.index(Archive.documents()), Archive.CLOCK);
    http = new Http(room);
  }

  @AfterAll
  static void close() {
    room.stop();
  }

  @Test
  void servesAPublicDocumentAsTei() {
    Http.Response tei = http.get("/documents/1/tei.xml");
    assertThat(tei.status()).isEqualTo(200);
    assertThat(tei.contentType()).isEqualTo("application/tei+xml; charset=utf-8");
    assertThat(tei.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"")
        .contains("<title>Telegram, Stalin to LENIN and the TsEKA [Central Committee]</title>")
        .contains("<publisher>Cold War Archive</publisher>")
        .contains("<idno type=\"URI\">" + room.url() + "/documents/1</idno>")
        .contains("TsEKA <gloss>Central Committee</gloss>");
  }

  @Test
  void linksTheTeiFileFromTheDocumentsPage() {
    assertThat(http.get("/documents/1").body())
        .contains("<a class=\"tei\" href=\"" + room.url() + "/documents/1/tei.xml\" type=\"application/tei+xml\">TEI P5</a>");
  }

  @Test
  void hidesRestrictedAndEmbargoedDocuments() {
    for (String id : new String[] {"3", "4"}) {
      Http.Response hidden = http.get("/documents/" + id + "/tei.xml");
      assertThat(hidden.status()).as(id).isEqualTo(404);
      assertThat(hidden.body()).doesNotContain("Gilan").doesNotContain("Tabriz").contains("there is no document");
    }
    assertThat(http.get("/documents/5/tei.xml").status()).as("an embargo that has ended").isEqualTo(200);
  }

  @Test
  void saysAWithdrawnDocumentIsGone() {
    Http.Response gone = http.get("/documents/2/tei.xml");
    assertThat(gone.status()).isEqualTo(410);
    assertThat(gone.body()).contains("document 2 was withdrawn from the archive on").contains("a copyright claim")
        .doesNotContain("<TEI");
  }

  @Test
  void answersNotFoundForAnAddressThatIsNoDocument() {
    Http.Response climbing = http.get("/documents/..%2F..%2Fetc/tei.xml");
    assertThat(climbing.status()).isBetween(400, 404); // Jetty refuses an encoded slash itself (400)
    assertThat(climbing.body()).doesNotContain("<TEI");
    assertThat(http.get("/documents/999/tei.xml").status()).isEqualTo(404);
  }
}

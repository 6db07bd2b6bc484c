package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opis.record.Document;
import org.opis.record.DocumentId;

class UnprintableTest {
  @Test
  void marksControlCharactersAndNoncharactersButKeepsWhiteSpaceAndEveryScript() {
    assertThat(Unprintable.mended("Ctl \u0007bell \u001b[31m\u0000 \u0085\u007F\uFFFE"))
        .isEqualTo("Ctl \uFFFDbell \uFFFD[31m\uFFFD \uFFFD\uFFFD\uFFFD");
    String clean = "Telegram\tСталин\r\n\f«Kuchuk-Khan» 𝔄 \uFFFD";
    assertThat(Unprintable.mended(clean)).isSameAs(clean);
  }

  @Test
  void aDocumentPageCarriesNoControlCharacterItsTitleWasImportedWith() {
    List<Document> documents = new ArrayList<>(Archive.documents());
    documents.add(Document.titled("Ctl \u0007bell \u001b[31m red").id(new DocumentId("77"))
        .summary("Pasted\u0000 from a PDF.").build());
    ReadingRoom room = ReadingRoom.start(ReadingRoomSettings.defaults(), Archive.catalog(documents),
        Archive.index(documents), Archive.CLOCK);
    try {
      Http.Response page = new Http(room).get("/documents/77");
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.body()).contains("<h1>Ctl \uFFFDbell \uFFFD[31m red</h1>").contains("Pasted\uFFFD from a PDF.")
          .doesNotContainPattern("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F]");
    } finally {
      room.stop();
    }
  }
}

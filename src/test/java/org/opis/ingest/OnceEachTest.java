package org.opis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opis.canonical.Entry;
import org.opis.record.Document;
import org.opis.record.DocumentId;

class OnceEachTest {
  private static Entry document(String id, String title) {
    org.opis.record.DocumentBuilder b = Document.titled(title);
    return new Entry.OfDocument((id == null ? b : b.id(new DocumentId(id))).build());
  }

  @Test
  void refusesTheSecondRecordOfAFileGivingTheSameDocumentNamingTheFirst() {
    OnceEach once = new OnceEach("letters.csv");
    assertThat(once.check(document("x1", "First"))).isEmpty();
    assertThat(once.check(document("x2", "Other"))).isEmpty();
    assertThat(once.check(document(null, "No id"))).isEmpty();
    assertThat(once.check(document(null, "No id either"))).isEmpty();
    assertThat(once.check(document("x1", "Second")).orElseThrow().toString())
        .isEqualTo("letters.csv, record 5, field \"id\": \"x1\" is also the id of record 1 of this file; a file gives"
            + " each document once");
  }
}

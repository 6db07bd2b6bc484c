package org.opis.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opis.record.DocumentId;
import org.opis.record.SampleDocuments;

class RecordSchemaTest {
  @Test
  void describesEveryFieldOfAFullDocument() {
    String json = CanonicalJson.write(SampleDocuments.telegram().toBuilder().id(new DocumentId("1")).build());
    assertThat(RecordSchema.problems(json)).isEmpty();
  }

  @Test
  void acceptsTheShorthandsAPersonWritesByHand() {
    assertThat(RecordSchema.problems("{\"title\":\"A\",\"date\":\"16 November 1920\",\"creators\":[\"Stalin\"],"
        + "\"sources\":[\"TNA FO 371/1\"],\"visibility\":\"restricted\",\"related\":[12]}")).isEmpty();
  }

  @Test
  void rejectsWhatTheReaderRejects() {
    assertThat(RecordSchema.problems("{\"title\":\"A\",\"tittle\":\"B\"}")).isNotEmpty();
    assertThat(RecordSchema.problems("{\"type\":\"letter\"}")).isNotEmpty();
    assertThat(RecordSchema.problems("{\"title\":\"A\",\"visibility\":{\"access\":\"embargoed\"}}")).isNotEmpty();
    assertThat(RecordSchema.problems("{\"record\":\"person\",\"name\":\"No id\"}")).isNotEmpty();
  }
}

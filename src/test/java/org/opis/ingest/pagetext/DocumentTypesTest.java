package org.opis.ingest.pagetext;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentTypesTest {

  @Test
  void prefersLongestTypeAtStartOfTitle() {
    assertThat(DocumentTypes.atStart("Memorandum of Conversation between A and B").orElseThrow().term())
        .isEqualTo("memorandum of conversation");
    assertThat(DocumentTypes.atStart("Memorandum from A to B").orElseThrow().term()).isEqualTo("memorandum");
    assertThat(DocumentTypes.atStart("Intelligence Report on X").orElseThrow().term()).isEqualTo("intelligence report");
    assertThat(DocumentTypes.atStart("Ciphered Telegram No. 5").orElseThrow().term()).isEqualTo("ciphered telegram");
  }

  @Test
  void matchesWholeWordsOnly() {
    assertThat(DocumentTypes.atStart("Letters from Prague")).map(DocumentTypes.AtStart::term).contains("letter");
    assertThat(DocumentTypes.atStart("Noteworthy events")).isEmpty();
    assertThat(DocumentTypes.atStart("Orderly retreat")).isEmpty();
  }

  @Test
  void namesTypeLabelByItsTerm() {
    assertThat(DocumentTypes.term("Ciphered Telegram")).isEqualTo("ciphered telegram");
    assertThat(DocumentTypes.term("Record of a Conversation")).isEqualTo("record of conversation");
    assertThat(DocumentTypes.term("Photograph")).isEqualTo("photograph");
  }
}

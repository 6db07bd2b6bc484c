package org.opis.ingest.pagetext;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WrittenNumbersTest {

  @Test
  void findsNumberClosingAParagraph() {
    assertThat(WrittenNumbers.in("Instructions have been given to the Iranian Communists. Nº 176/s.\n\n16 November 17-5"))
        .containsExactly("Nº 176/s");
  }

  @Test
  void findsNumberOnItsOwnLine() {
    assertThat(WrittenNumbers.in("To Molotov.\n\n№ 176\nText.\n\nNo. 58/s")).containsExactly("№ 176", "No. 58/s");
  }

  @Test
  void takesNoNumberFromRunningProse() {
    assertThat(WrittenNumbers.in("I have received your telegram No. 5.\n\nSee resolution No. 12 of the Council."))
        .isEmpty();
  }

  @Test
  void takesEachNumberOnce() {
    assertThat(WrittenNumbers.in("No. 7\n\nText. No. 7")).containsExactly("No. 7");
  }
}

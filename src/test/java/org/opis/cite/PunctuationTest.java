package org.opis.cite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The stray delimiters citeproc-java 3.5 leaves for parts of a style that rendered nothing. */
class PunctuationTest {

  @Test
  void removesTheDelimiterOfAnEmptyPart() {
    assertThat(Punctuation.tidy("Telegram, , trans. Gary Goldberg")).isEqualTo("Telegram, trans. Gary Goldberg");
    assertThat(Punctuation.tidy("Telegram. . Translated by")).isEqualTo("Telegram. Translated by");
    assertThat(Punctuation.tidy("Telegram. , Translated by")).isEqualTo("Telegram. Translated by");
    assertThat(Punctuation.tidy("T (; G. Goldberg, Trans.)")).isEqualTo("T (G. Goldberg, Trans.)");
  }

  @Test
  void leavesEllipsesInitialsAndReferencesAlone() {
    String untouched = "\u201cWait... what?\u201d I. V. Stalin, f. 558, op. 11, d. 317, ll. 1-3.";

    assertThat(Punctuation.tidy(untouched)).isEqualTo(untouched);
  }
}

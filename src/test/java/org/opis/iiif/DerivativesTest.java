package org.opis.iiif;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.Rectangle;
import org.junit.jupiter.api.Test;

class DerivativesTest {
  private static Derivatives.Made tile(String sha512, int x) {
    return new Derivatives.Made(sha512, 0, new Rectangle(x, 0, 512, 512), new Dimension(512, 512),
        ImageRequest.Format.JPG);
  }

  @Test
  void knowsAnAnswerByTheFileThePageAndWhatItResolvedTo() {
    Derivatives answers = new Derivatives(1_000);
    answers.keep(tile("aa", 0), new byte[] {1});

    assertThat(answers.get(new Derivatives.Made("aa", 0, new Rectangle(0, 0, 512, 512), new Dimension(512, 512),
        ImageRequest.Format.JPG))).hasValueSatisfying(b -> assertThat(b).containsExactly(1));
    assertThat(answers.get(tile("bb", 0))).isEmpty();
    assertThat(answers.get(tile("aa", 512))).isEmpty();
    assertThat(answers.get(new Derivatives.Made("aa", 1, new Rectangle(0, 0, 512, 512), new Dimension(512, 512),
        ImageRequest.Format.JPG))).isEmpty();
    assertThat(answers.get(new Derivatives.Made("aa", 0, new Rectangle(0, 0, 512, 512), new Dimension(512, 512),
        ImageRequest.Format.PNG))).isEmpty();
  }

  @Test
  void forgetsTheAnswersLeastLatelyAskedForToStayWithinItsBudget() {
    Derivatives answers = new Derivatives(1_000);
    for (int x = 0; x < 10; x++) {
      answers.keep(tile("aa", x), new byte[100]);
    }
    answers.get(tile("aa", 0));
    answers.keep(tile("aa", 10), new byte[100]);

    assertThat(answers.held()).isEqualTo(1_000);
    assertThat(answers.get(tile("aa", 0))).isPresent();
    assertThat(answers.get(tile("aa", 1))).isEmpty();
    assertThat(answers.get(tile("aa", 2))).isPresent();
    assertThat(answers.get(tile("aa", 10))).isPresent();
  }

  @Test
  void keepsNoAnswerLargerThanATenthOfItsBudget() {
    Derivatives answers = new Derivatives(1_000);
    answers.keep(tile("aa", 0), new byte[101]);
    answers.keep(tile("aa", 1), new byte[100]);

    assertThat(answers.get(tile("aa", 0))).isEmpty();
    assertThat(answers.get(tile("aa", 1))).isPresent();
    assertThat(answers.held()).isEqualTo(100);
  }
}

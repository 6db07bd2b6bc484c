package org.opis.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguagesTest {
  @ParameterizedTest
  @CsvSource({"Russian, ru", "chi, zh", "chi-, zh", "chi-Hant, zh-Hant", "ger-CH, de-CH", "en-US, en-US",
      "sr-Latn, sr-Latn", "Farsi, fa"})
  void readsANameOrCodeAsTheTagThatReadsBackTheSame(String given, String tag) {
    assertThat(Languages.tag(given)).contains(tag);
    assertThat(Languages.tag(tag)).contains(tag);
  }

  @ParameterizedTest
  @CsvSource({"Klingonese", "'  '", "xx-YY"})
  void knowsNoTagForWhatIsNoLanguage(String given) {
    assertThat(Languages.tag(given)).isEqualTo(Optional.empty());
  }
}

package org.opis.ingest.pagetext;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UScript;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScriptsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Matters in Persia [SIC]|en",
      "Положение в Азербайджане улучшается [в Баку].|ru",
      "外交部：苏联外交部远东司司长今日约见我使馆参赞。|zh",
      "김일성 동지와의 대화록|ko",
      "میرزا کوچک خان در گیلان|fa",
      "وزارة الخارجية في القاهرة|ar",
      "東京の外務省から電報|ja"})
  void guessesLanguageFromScript(String text, String language) {
    assertThat(Scripts.usualLanguage(Scripts.dominant(text), text)).contains(language);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"uk|true", "ru|true", "en|false", "zh|false"})
  void knowsWhichLanguagesAreWrittenInCyrillic(String language, boolean cyrillic) {
    assertThat(Scripts.writes(language, UScript.CYRILLIC)).isEqualTo(cyrillic);
  }
}

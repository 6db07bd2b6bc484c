package org.opis.search.lucene.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageAnalysisTest {
  private static List<String> terms(String language, String text) {
    return Terms.of(Analysis.forLanguage(language), text);
  }

  @Test
  void russianFindsPeregovorakhFromPeregovory() {
    assertThat(terms("ru", "переговоры")).isEqualTo(terms("ru", "переговорах"));
  }

  @Test
  void englishFindsNegotiatedFromNegotiations() {
    assertThat(terms("en", "negotiations")).isEqualTo(terms("en", "negotiated"));
  }

  @Test
  void germanFindsVerhandlungenFromVerhandlung() {
    assertThat(terms("de", "Verhandlungen")).isEqualTo(terms("de", "Verhandlung"));
    assertThat(terms("de", "Städte")).isEqualTo(terms("de", "Stadt"));
  }

  @Test
  void frenchFindsNegociationsWithoutItsAccent() {
    assertThat(terms("fr", "négociations")).isEqualTo(terms("fr", "negociation"));
    assertThat(terms("fr", "l'armée")).isEqualTo(terms("fr", "armées"));
  }

  @Test
  void caseAndAccentsNeverMatter() {
    assertThat(terms("ru", "ЁЛКА")).isEqualTo(terms("ru", "елка"));
    assertThat(terms("es", "Revolución")).isEqualTo(terms("es", "revolucion"));
  }

  @Test
  void dropsStopWordsOfTheLanguage() {
    assertThat(terms("en", "the telegram of the committee")).containsExactly("telegram", "committe");
    assertThat(terms("ru", "и в Москве")).containsExactly("москв");
  }

  @Test
  void readsRegionalTagsAsTheirLanguage() {
    assertThat(Analysis.languageOf("en-GB")).contains("en");
    assertThat(Analysis.languageOf("pt_BR")).contains("pt");
    assertThat(Analysis.languageOf("nb")).contains("no");
    assertThat(Analysis.languageOf("RU")).contains("ru");
  }

  @Test
  void languagesWithoutStemmerAreOnlyFoldedInTheirOwnScript() {
    assertThat(Analysis.languageOf("pl")).isEmpty();
    assertThat(Analysis.languageOf("uk")).isEmpty();
    assertThat(terms("uk", "Переговори у Києві")).containsExactly("переговори", "у", "києві");
    assertThat(terms("pl", "Rozmowy w Łodzi")).containsExactly("rozmowy", "w", "lodzi");
  }

  @Test
  void hasTheLanguagesOfTheArchive() {
    assertThat(Analysis.languages()).contains(
        "en", "ru", "de", "fr", "es", "it", "pt", "nl", "cs", "hu", "fa", "ar", "tr", "zh", "ja", "ko");
  }

  @Test
  void cutsChineseIntoPairsOfCharacters() {
    assertThat(terms("zh", "毛泽东")).containsExactly("毛泽", "泽东");
  }

  @Test
  void sharesOneAnalyzerPerLanguage() {
    assertThat(Analysis.forLanguage("en-US")).isSameAs(Analysis.forLanguage("en"));
    assertThat(Analysis.forLanguage("ja")).isSameAs(Analysis.forLanguage("zh"));
  }
}

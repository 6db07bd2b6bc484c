package org.opis.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class NameKeyTest {

  @Test
  void treatsHyphensAndCaseAsTheSameName() {
    assertThat(NameKey.of("Kuchuk-Khan")).isEqualTo("kuchuk khan");
    assertThat(NameKey.of("Kuchuk Khan")).isEqualTo("kuchuk khan");
    assertThat(NameKey.of("  kuchuk   khan ")).isEqualTo("kuchuk khan");
  }

  @Test
  void lowerCasesNamesWrittenInCapitals() {
    assertThat(NameKey.of("LENIN")).isEqualTo(NameKey.of("Lenin")).isEqualTo("lenin");
  }

  @Test
  void transliteratesCyrillicAsEnglishLanguageArchivesDo() {
    assertThat(NameKey.of("Сталин")).isEqualTo("stalin");
    assertThat(NameKey.of("Хрущёв")).isEqualTo("khrushchev");
    assertThat(NameKey.of("Кучук-хан")).isEqualTo("kuchuk khan");
    assertThat(NameKey.of("ЖУКОВ")).isEqualTo("zhukov");
  }

  @Test
  void transliteratesGreek() {
    assertThat(NameKey.of("Σταλιν")).isEqualTo("stalin");
  }

  @Test
  void bringsPersianScriptToPlainLatinLetters() {
    assertThat(NameKey.of("میرزا کوچک خان")).matches("[a-z]+( [a-z]+)*");
  }

  @Test
  void dropsDiacritics() {
    assertThat(NameKey.of("Kūchak Khān")).isEqualTo("kuchak khan");
    assertThat(NameKey.of("Łódź")).isEqualTo("lodz");
  }

  @Test
  void joinsWordsAcrossApostrophesAndTheSoftSign() {
    assertThat(NameKey.of("Il'ich")).isEqualTo("ilich");
    assertThat(NameKey.of("Il’ich")).isEqualTo("ilich");
    assertThat(NameKey.of("Ильич")).isEqualTo("ilich");
  }

  @Test
  void turnsPunctuationIntoSpaces() {
    assertThat(NameKey.of("TsEKA (Central Committee)")).isEqualTo("tseka central committee");
    assertThat(NameKey.of("I.V. Stalin")).isEqualTo("i v stalin");
  }

  @Test
  void leavesSpellingVariantsBeyondTransliterationApart() {
    assertThat(NameKey.of("Mosaddegh")).isEqualTo("mosaddegh");
    assertThat(NameKey.of("Mossadegh")).isNotEqualTo(NameKey.of("Mosaddegh"));
  }

  @Test
  void isEmptyForANameWithoutLettersOrDigits() {
    assertThat(NameKey.of("?? -- ??")).isEmpty();
    assertThat(NameKey.words("?? -- ??")).isEmpty();
  }

  @Test
  void splitsTheKeyIntoWords() {
    assertThat(NameKey.words("И. В. Сталин")).containsExactly("i", "v", "stalin");
  }

  @Test
  void givesTheSameKeysFromManyThreadsAtOnce() throws Exception {
    List<String> names = List.of("Сталин", "Хрущёв", "Σταλιν", "Kūchak Khān", "Ильич", "Кучук-хан");
    List<String> expected = names.stream().map(NameKey::of).toList();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 32; i++) {
        results.add(threads.submit(() -> {
          List<String> keys = new java.util.ArrayList<>();
          for (int round = 0; round < 50; round++) {
            keys = names.stream().map(NameKey::of).toList();
          }
          return keys;
        }));
      }
      for (Future<List<String>> r : results) {
        assertThat(r.get()).isEqualTo(expected);
      }
    } finally {
      threads.shutdownNow();
    }
  }
}

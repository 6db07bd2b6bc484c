package org.opis.search.lucene.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opis.authority.NameKey;

class NameAnalysisTest {
  private static List<String> names(String text) {
    return Terms.of(Analysis.names(), text);
  }

  @Test
  void writesCyrillicTheBgnWay() {
    assertThat(names("Хрущёв")).first().isEqualTo("khrushchev");
    assertThat(names("Ильич")).containsExactly("ilich");
  }

  @Test
  void hyphenSeparatesAndAlsoJoins() {
    assertThat(names("Kuchuk-Khan")).containsExactly("kuchuk", "khan", "kuchukkhan");
    assertThat(names("Kuchuk Khan")).containsExactly("kuchuk", "khan");
  }

  @Test
  void foldsCaseAccentsAndApostrophes() {
    assertThat(names("Kūchak KHĀN")).containsExactly("kuchak", "khan");
    assertThat(names("Il'ich O’Brien")).containsExactly("ilich", "obrien");
    assertThat(names("Stalin's")).containsExactly("stalin");
  }

  @Test
  void readsRussianHOfForeignNames() {
    assertThat(names("Тегеран")).containsExactly("tegeran", "teheran");
    assertThat(names("Реза-шах")).contains("shakh", "shah");
  }

  @Test
  void readsArabicScriptTheArabicAndThePersianWay() {
    assertThat(names("رضا")).contains("rda", "rza");
    assertThat(names("کوچک")).contains("kuchk");
    assertThat(names("السادات")).contains("sadat");
  }

  @Test
  void hasTheWordsOfTheNameKey() {
    for (String name : List.of("Kuchuk-Khan", "Кучук-хан", "Хрущёв", "Mirza Kūchak Khān",
        "Ṭabāṭabāʾī", "Piłsudski", "Ho Chi Minh", "Зиновьев", "I. V. Stalin")) {
      assertThat(names(name)).as(name).containsAll(NameKey.words(name));
    }
  }

  @Test
  void keepsTheNamesOfAFieldApart() {
    assertThat(Analysis.names().getPositionIncrementGap("names")).isGreaterThanOrEqualTo(50);
  }

  @Test
  void givesSpellingsOfOneNameASharedSound() {
    List<String> khrushchev = new Sound().terms(Terms.of(Analysis.names(), "Khrushchev").get(0));
    List<String> german = new Sound().terms(Terms.of(Analysis.names(), "Chruschtschow").get(0));
    assertThat(keys(khrushchev)).containsAnyElementsOf(keys(german));
  }

  @Test
  void foldedTextIsWrittenInLatin() {
    assertThat(Terms.of(Analysis.folded(), "Отряд прибыл в Тебриз")).contains("tebriz");
    assertThat(Terms.of(Analysis.folded(), "Stalin's telegram")).containsExactly("stalin", "telegram");
    assertThat(Terms.of(Analysis.folded(), "毛泽东")).containsExactly("毛泽", "泽东");
  }

  private static List<String> keys(List<String> terms) {
    return terms.stream().filter(t -> t.indexOf(Sound.KEY_END) > 0)
        .map(t -> t.substring(0, t.indexOf(Sound.KEY_END))).toList();
  }
}

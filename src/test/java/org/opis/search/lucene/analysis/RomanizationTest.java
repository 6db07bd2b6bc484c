package org.opis.search.lucene.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Words of Latin letters take a shorter way to ASCII, with the same result as the whole chain. */
class RomanizationTest {
  private static final Transliterator WHOLE = Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII");
  private static final List<String> LATIN = List.of("Négociations", "Straße", "STRASSE", "Łódź", "Ærøskøbing",
      "Œuvre", "İstanbul", "Şükrü", "Nguyễn", "Đặng", "Ǆemal", "ﬁnal", "Tebriz\u0301", "Dvořák", "Ðorđe",
      "Mosaddeq", "l'Élysée", "Gödel", "Þingvellir", "Çağlayan", "Ångström", "ĳssel", "ʻOumuamua", "ŉ", "1918a",
      "São", "Ħamrun", "Ŧ", "Ȳ", "ẞ", "Ｂｅｒｌｉｎ");

  @Test
  void readsLatinWordsAsTheWholeChainDoes() {
    for (boolean forNames : new boolean[] {false, true}) {
      Romanization romanization = new Romanization(forNames);
      for (String word : LATIN) {
        assertThat(Romanization.isLatin(word)).as(word).isTrue();
        assertThat(romanization.readings(word)).as(word).containsExactly(WHOLE.transliterate(word));
      }
    }
  }

  @Test
  void takesTheWholeChainForAnyOtherScriptInAWord() {
    for (String word : List.of("Хрущёв", "Chruschtschow-Хрущёв", "تبریز", "毛泽东", "ΟΔΥΣΣΕΥΣ", "1918", "-")) {
      assertThat(Romanization.isLatin(word)).as(word).isFalse();
    }
    assertThat(new Romanization(false).readings("Хрущёв")).containsExactly("Khrushchev");
  }
}

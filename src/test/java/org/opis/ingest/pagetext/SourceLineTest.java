package org.opis.ingest.pagetext;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceLineTest {

  @Test
  void separatesReferenceFromTranslator() {
    SourceLine source = SourceLine.read("RGASPI, f. 558, op. 11, d. 317, ll. 0001-0003. Translated by Gary Goldberg.");
    assertThat(source.references()).containsExactly("RGASPI, f. 558, op. 11, d. 317, ll. 0001-0003");
    assertThat(source.translators()).containsExactly("Gary Goldberg");
  }

  @Test
  void splitsTranslatorsForCwihpAndKeepsInitials() {
    SourceLine source = SourceLine.read("APRF, f. 45, op. 1, d. 331. Translated for CWIHP by Jae Kim, David P. Wolff and Ann Lee.");
    assertThat(source.translators()).containsExactly("Jae Kim", "David P. Wolff", "Ann Lee");
  }

  @Test
  void readsTranslationBy() {
    assertThat(SourceLine.read("GARF, f. 5446. Translation by Maria Lopez").translators()).containsExactly("Maria Lopez");
  }

  @Test
  void leavesOutThoseWhoObtainedOrContributed() {
    SourceLine source = SourceLine.read("Hoover Institution Archives, Box 3. Obtained by Ivan Orlov. Contributed by Sergey Radchenko.");
    assertThat(source.references()).containsExactly("Hoover Institution Archives, Box 3");
    assertThat(source.translators()).isEmpty();
  }

  @Test
  void readsSeveralSourcesBySemicolonAndLine() {
    SourceLine source = SourceLine.read("AVP RF, f. 06, op. 9; RGANI, f. 3, op. 8.\nGARF, f. 5446, op. 1. Translated by Ann Lee.");
    assertThat(source.references()).containsExactly("AVP RF, f. 06, op. 9", "RGANI, f. 3, op. 8", "GARF, f. 5446, op. 1");
    assertThat(source.translators()).containsExactly("Ann Lee");
  }

  @Test
  void tellsReferenceFromProse() {
    assertThat(SourceLine.looksLikeSource("RGANI, f. 3, op. 8, d. 12")).isTrue();
    assertThat(SourceLine.looksLikeSource("National Archives of Hungary (MOL), XIX-J-1-j")).isTrue();
    assertThat(SourceLine.looksLikeSource("The meeting lasted an hour and was friendly.")).isFalse();
  }
}

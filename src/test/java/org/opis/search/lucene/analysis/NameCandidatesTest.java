package org.opis.search.lucene.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NameCandidatesTest {
  @Test
  void findsNamesWrittenOnlyInTheText() {
    String text = "Kuchuk-Khan fled to the forest; there [Ehsanullah], an honest person, stayed.";
    assertThat(NameCandidates.in(text)).containsExactly("Kuchuk-Khan", "Ehsanullah");
  }

  @Test
  void keepsCapitalisedWordsTogether() {
    assertThat(NameCandidates.in("an envoy of Mirza Kuchuk Khan arrived"))
        .containsExactly("Mirza Kuchuk Khan");
    assertThat(NameCandidates.in("the staff of Charles de Gaulle and of Abd al-Karim Qasim"))
        .containsExactly("Charles de Gaulle", "Abd al-Karim Qasim");
  }

  @Test
  void keepsInitialsWithTheSurname() {
    assertThat(NameCandidates.in("Telegram from I. V. Stalin. Received")).contains("I V Stalin");
  }

  @Test
  void leavesOutLeadingCommonWordsAndPossessives() {
    assertThat(NameCandidates.in("The Soviet Union accepted Stalin's terms."))
        .containsExactly("Soviet Union", "Stalin");
  }

  @Test
  void readsCyrillicAndArabicScript() {
    assertThat(NameCandidates.in("Сообщают, что Кучук-хан выехал")).containsExactly("Сообщают", "Кучук-хан");
    assertThat(NameCandidates.in("میرزا کوچک خان در روز شانزدهم")).first().isEqualTo("میرزا کوچک خان");
  }

  @Test
  void findsLatinAndCyrillicNamesInChineseAndJapaneseTextsWithoutSpaces() {
    assertThat(NameCandidates.in("Trotsky要求尽快给予答复。据说Ordzhonikidze的驻军约有2401人"))
        .containsExactly("Trotsky", "Ordzhonikidze");
    assertThat(NameCandidates.in("モスクワのMolotovとХрущёв氏が会談した")).containsExactly("Molotov", "Хрущёв");
    assertThat(NameCandidates.in("毛泽东在北京")).isEmpty();
  }

  @Test
  void leavesOutALoneWordTheTextAlsoWritesInLowerCase() {
    assertThat(NameCandidates.in("Linen: 300 bales. The trade in linen and cotton with Mr. Lenin grew."))
        .doesNotContain("Linen").contains("Mr Lenin");
    assertThat(NameCandidates.in("Rose Kennedy bought a rose.")).contains("Rose Kennedy");
  }

  @Test
  void putsTheMostFrequentFirst() {
    assertThat(NameCandidates.in("Rasht, then Enzeli, then Rasht again.")).containsExactly("Rasht", "Enzeli");
  }

  @Test
  void givesAtMostTheLimit() {
    String text = IntStream.range(0, 300).mapToObj(i -> "Name" + i + ".").collect(Collectors.joining(" "));
    assertThat(NameCandidates.in(text)).hasSize(NameCandidates.LIMIT);
  }

  @Test
  void givesNothingForATextWithoutNames() {
    assertThat(NameCandidates.in("nothing here, 1920.")).isEmpty();
    assertThat(NameCandidates.in("")).isEmpty();
  }
}

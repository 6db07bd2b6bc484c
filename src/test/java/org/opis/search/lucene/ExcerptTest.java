package org.opis.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opis.search.Snippet.Part;

class ExcerptTest {

  @Test
  void marksEachMatchAndKeepsTheTextBetween() {
    String text = "customs cordons in Rasht and Tabriz";
    List<Part> parts = Excerpt.around(text, 0, text.length(), new int[] {19, 29}, new int[] {24, 35});
    assertThat(parts).containsExactly(new Part("customs cordons in ", false), new Part("Rasht", true),
        new Part(" and ", false), new Part("Tabriz", true));
  }

  @Test
  void makesLineBreaksAndRunsOfSpacesSingleSpaces() {
    String text = "MOSCOW,\n\nonly to   LENIN\u2029and the TsEKA";
    int at = text.indexOf("LENIN");
    List<Part> parts = Excerpt.around(text, 0, text.length(), new int[] {at}, new int[] {at + 5});
    assertThat(parts).extracting(Part::text).containsExactly("MOSCOW, only to ", "LENIN", " and the TsEKA");
  }

  @Test
  void readsTheSeparatorBetweenTwoTextsAsASpace() {
    String text = "The first text.\u0000The second mentions Baku.";
    int at = text.indexOf("The second");
    int baku = text.indexOf("Baku");
    List<Part> parts = Excerpt.around(text, at - 1, text.length(), new int[] {baku}, new int[] {baku + 4});
    assertThat(parts).extracting(Part::text).containsExactly("The second mentions ", "Baku", ".");
  }

  @Test
  void narrowsALongPassageToTheStretchAroundItsFirstMatchCutAtSpaces() {
    String text = "word ".repeat(200) + "Rasht " + "word ".repeat(200);
    int at = text.indexOf("Rasht");
    List<Part> parts = Excerpt.around(text, 0, text.length(), new int[] {at}, new int[] {at + 5});
    String joined = String.join("", parts.stream().map(Part::text).toList());
    assertThat(joined.length()).isLessThanOrEqualTo(Excerpt.LONGEST);
    assertThat(joined).startsWith("word").endsWith("word").contains("Rasht");
    assertThat(parts).contains(new Part("Rasht", true));
  }

  @Test
  void overlappingMatchesMarkEachCharacterOnce() {
    String text = "Kuchuk Khan";
    List<Part> parts = Excerpt.around(text, 0, text.length(), new int[] {0, 0, 7}, new int[] {11, 6, 11});
    assertThat(parts).containsExactly(new Part("Kuchuk Khan", true));
  }

  @Test
  void opensWithTheStartOfALongTextCutAtASpace() {
    assertThat(Excerpt.opening("Stalin writes.\n\nAbout Persia.")).isEqualTo("Stalin writes. About Persia.");
    String opening = Excerpt.opening("forest ".repeat(100));
    assertThat(opening).hasSizeLessThanOrEqualTo(Excerpt.LONGEST).endsWith("forest");
  }
}

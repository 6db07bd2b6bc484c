package org.opis.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceEndsTest {

  private static List<Integer> boundaries(String text) {
    BreakIterator ends = new SentenceEnds();
    ends.setText(text);
    List<Integer> found = new ArrayList<>();
    for (int b = ends.first(); b != BreakIterator.DONE; b = ends.next()) {
      found.add(b);
    }
    return found;
  }

  @Test
  void cutsAfterFullStopsQuestionAndExclamationMarksFollowedBySpace() {
    String text = "The Shah left. Did he return? No! He stayed.";
    assertThat(boundaries(text)).containsExactly(0, 15, 30, 34, text.length());
  }

  @Test
  void keepsClosingQuotationMarksWithTheirSentenceAndCutsAtLineBreaks() {
    String text = "He said \u201Cno.\u201D Then\nMOSCOW, 3 May";
    assertThat(boundaries(text)).containsExactly(0, text.indexOf("Then"), text.indexOf("MOSCOW"), text.length());
  }

  @Test
  void doesNotCutInsideNumbersOrAbbreviatedDatesWithoutSpace() {
    String text = "Paid 3.5 million on 12.05.1921 in full";
    assertThat(boundaries(text)).containsExactly(0, text.length());
  }

  @Test
  void findsTheSentenceAroundAnOffsetFromEitherSide() {
    String text = "First one. Second one here. Third.";
    BreakIterator ends = new SentenceEnds();
    ends.setText(text);
    int inSecond = text.indexOf("here");
    assertThat(ends.preceding(inSecond)).isEqualTo(text.indexOf("Second"));
    assertThat(ends.following(inSecond)).isEqualTo(text.indexOf("Third"));
    assertThat(ends.following(text.length())).isEqualTo(BreakIterator.DONE);
    assertThat(ends.preceding(0)).isEqualTo(BreakIterator.DONE);
  }
}

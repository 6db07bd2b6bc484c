package org.opis.marks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which bracketed spans become marks: nesting, unbalanced brackets, lost closing brackets. */
class MarkReaderBracketsTest {
  private static List<String> written(String body) {
    return MarkReader.read(body).stream().map(m -> m.written(body)).toList();
  }

  @Test
  void recordsAnOuterNoteAndTheMarksInsideIt() {
    String body = "Moscow. [stamp: received 16 November [illegible] by the secretariat] Comrade Lenin";
    List<EditorialMark> marks = MarkReader.read(body);
    assertThat(marks).extracting(m -> m.kind().term() + " " + m.written(body)).containsExactly(
        "note [stamp: received 16 November [illegible] by the secretariat]",
        "unclear [illegible]");
    assertThat(marks.get(0).start()).isLessThan(marks.get(1).start());
    assertThat(marks.get(0).end()).isGreaterThan(marks.get(1).end());
  }

  @Test
  void keepsThreeLevelsOfNestingInOrderOfStart() {
    String body = "a [b [c [d] e] f] g";
    assertThat(written(body)).containsExactly("[b [c [d] e] f]", "[c [d] e]", "[d]");
  }

  @Test
  void ignoresAClosingBracketWithNothingOpen() {
    String body = "the delegation] arrived [sic] in Rasht]";
    assertThat(written(body)).containsExactly("[sic]");
  }

  @Test
  void ignoresAnOpeningBracketNeverClosedInsideALine() {
    String body = "the delegation [arrived in Rasht [sic] on Tuesday\n\nand left.";
    assertThat(written(body)).containsExactly("[sic]");
  }

  @Test
  void closesALineOpeningNoteAtTheLastMarkItHoldsOnItsLine() {
    String body = "Telegram.\n\n[the typed copy follows: Tabriz [illegible] and Rasht [SIC] agreed\n\n[?] next";
    List<EditorialMark> marks = MarkReader.read(body);
    assertThat(written(body)).containsExactly(
        "[the typed copy follows: Tabriz [illegible] and Rasht [SIC]", "[illegible]", "[SIC]", "[?]");
    assertThat(marks.get(0).kind()).isEqualTo(MarkKind.NOTE);
    assertThat(marks.get(0).end()).isEqualTo(marks.get(2).end());
  }

  @Test
  void neverPairsBracketsAcrossAParagraphBreak() {
    String body = "the delegation [arrived in Rasht\n\nand left] at once.\r\n\r\n[sic] [Tabriz\r\n\r\nRasht]";
    assertThat(written(body)).containsExactly("[sic]");
  }

  @Test
  void pairsBracketsAcrossALineBreakWithinAParagraph() {
    String body = "the delegation [arrived in\nRasht] at once";
    assertThat(written(body)).containsExactly("[arrived in\nRasht]");
  }

  @Test
  void givesNoMarkForALineOpeningBracketWithNoMarkInsideOnItsLine() {
    String body = "[the rest of the page is torn off\nand [sic] below";
    assertThat(written(body)).containsExactly("[sic]");
  }

  @Test
  void findsNothingInEmptyOrNullOrBracketlessBodies() {
    assertThat(MarkReader.read("")).isEmpty();
    assertThat(MarkReader.read(null)).isEmpty();
    assertThat(MarkReader.read("Matters in Persia: First, it is finally clear")).isEmpty();
    assertThat(MarkReader.read("][][")).extracting(m -> m.start() + ".." + m.end()).containsExactly("1..3");
  }

  @Test
  void readsAnEmptyBracketAsSupplied() {
    assertThat(MarkReader.read("the [] end")).singleElement()
        .extracting(EditorialMark::kind).isEqualTo(MarkKind.SUPPLIED);
  }
}

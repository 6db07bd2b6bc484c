package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opis.marks.EditorialMark;
import org.opis.marks.MarkKind;
import org.opis.web.MarkedText.LineBreak;
import org.opis.web.MarkedText.Mark;
import org.opis.web.MarkedText.Paragraph;
import org.opis.web.MarkedText.Piece;
import org.opis.web.MarkedText.Words;

class MarkedTextTest {

  @Test
  void splitsParagraphsAtBlankLinesAndKeepsLineBreaks() {
    List<Paragraph> paragraphs = MarkedText.paragraphs("MOSCOW\nVladikavkaz\n\nMatters in Persia\n \n\n\nEnd", List.of());

    assertThat(paragraphs).containsExactly(
        new Paragraph(List.of(new Words("MOSCOW"), new LineBreak(), new Words("Vladikavkaz"))),
        new Paragraph(List.of(new Words("Matters in Persia"))),
        new Paragraph(List.of(new Words("End"))));
  }

  @Test
  void readsWindowsLineEndingsAlike() {
    assertThat(MarkedText.paragraphs("one\r\ntwo\r\n\r\nthree", List.of())).containsExactly(
        new Paragraph(List.of(new Words("one"), new LineBreak(), new Words("two"))),
        new Paragraph(List.of(new Words("three"))));
  }

  @Test
  void dropsEmptyParagraphsAndEdgeLineBreaks() {
    assertThat(MarkedText.paragraphs("\n\n\nText\n", List.of())).containsExactly(new Paragraph(List.of(new Words("Text"))));
    assertThat(MarkedText.paragraphs("", List.of())).isEmpty();
  }

  @Test
  void wrapsAMarkAroundWhatItCovers() {
    String body = "sovietists [SIC] should";

    assertThat(MarkedText.paragraphs(body, List.of(Archive.mark(body, "[SIC]", 0, MarkKind.SIC)))).containsExactly(
        new Paragraph(List.of(new Words("sovietists "), mark(MarkKind.SIC, new Words("[SIC]")), new Words(" should"))));
  }

  @Test
  void nestsMarksThatLieInsideAnother() {
    String body = "[note \u201c[rst] and [illegible]\u201d]";
    List<EditorialMark> marks = List.of(
        Archive.mark(body, "[rst]", 0, MarkKind.SUPPLIED),
        new EditorialMark(MarkKind.NOTE, 0, body.length()),
        Archive.mark(body, "[illegible]", 0, MarkKind.UNCLEAR));

    assertThat(MarkedText.paragraphs(body, marks)).containsExactly(new Paragraph(List.of(mark(MarkKind.NOTE,
        new Words("[note \u201c"), mark(MarkKind.SUPPLIED, new Words("[rst]")), new Words(" and "),
        mark(MarkKind.UNCLEAR, new Words("[illegible]")), new Words("\u201d]")))));
  }

  @Test
  void continuesAMarkIntoTheNextParagraph() {
    String body = "a [note\n\nrest] b";

    assertThat(MarkedText.paragraphs(body, List.of(new EditorialMark(MarkKind.NOTE, 2, 14)))).containsExactly(
        new Paragraph(List.of(new Words("a "), mark(MarkKind.NOTE, new Words("[note"))))
        , new Paragraph(List.of(mark(MarkKind.NOTE, new Words("rest]")), new Words(" b"))));
  }

  @Test
  void leavesOutAMarkThatOverlapsItsNeighbourSoSpansStillNest() {
    String body = "[one [two] three]";
    List<EditorialMark> marks = List.of(new EditorialMark(MarkKind.GLOSS, 0, 10), new EditorialMark(MarkKind.SIC, 5, 17));

    assertThat(MarkedText.paragraphs(body, marks)).containsExactly(new Paragraph(List.of(
        mark(MarkKind.GLOSS, new Words("[one [two]")), new Words(" three]"))));
  }

  @Test
  void leavesOutAMarkRunningPastTheEndOfTheBody() {
    String body = "a [b] [c]";

    assertThat(MarkedText.paragraphs(body, List.of(new EditorialMark(MarkKind.SUPPLIED, 2, 5),
        new EditorialMark(MarkKind.SIC, 6, 40)))).containsExactly(
        new Paragraph(List.of(new Words("a "), mark(MarkKind.SUPPLIED, new Words("[b]")), new Words(" [c]"))));
  }

  @Test
  void showsMarksNestedAbsurdlyDeepAsTheirWords() {
    int depth = 50_000;
    String body = "[".repeat(depth) + "x" + "]".repeat(depth);
    List<EditorialMark> marks = new java.util.ArrayList<>();
    for (int i = 0; i < depth; i++) {
      marks.add(new EditorialMark(MarkKind.NOTE, i, body.length() - i));
    }

    List<Paragraph> paragraphs = MarkedText.paragraphs(body, marks);

    List<Piece> level = paragraphs.get(0).pieces();
    int levels = 0;
    while (level.stream().anyMatch(p -> p instanceof Mark)) {
      levels++;
      level = level.stream().filter(p -> p instanceof Mark).map(p -> ((Mark) p).pieces()).findFirst().orElseThrow();
    }
    assertThat(levels).isEqualTo(MarkedText.DEEPEST);
    assertThat(level).allMatch(p -> p instanceof Words);
    assertThat(level.stream().map(p -> ((Words) p).text()).collect(java.util.stream.Collectors.joining()))
        .startsWith("[[[").contains("x").endsWith("]]]");
  }

  @Test
  void listsEachKindOfMarkShownOnceInTheOrderOfTheKinds() {
    String body = "[a [b]] [c] [d]";
    List<EditorialMark> marks = List.of(new EditorialMark(MarkKind.NOTE, 0, 7), new EditorialMark(MarkKind.SIC, 3, 6),
        new EditorialMark(MarkKind.NOTE, 8, 11), new EditorialMark(MarkKind.GAP, 12, 40));

    assertThat(MarkedText.kindsUsed(body, marks)).containsExactly(MarkKind.SIC, MarkKind.NOTE);
  }

  private static Mark mark(MarkKind kind, Piece... pieces) {
    return new Mark(kind, List.of(pieces));
  }
}

package org.opis.marks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BracketedTest {
  @Test
  void givesEachMarkItsContentAndTheMarksItHolds() {
    String body = "x [stamp: received [illegible] at noon] y [sic] z";
    List<Bracketed> tree = Bracketed.arrange(body, MarkReader.read(body));
    assertThat(tree).extracting(b -> b.content(body))
        .containsExactly("stamp: received [illegible] at noon", "sic");
    assertThat(tree.get(0).inside()).singleElement().satisfies(inner -> {
      assertThat(inner.content(body)).isEqualTo("illegible");
      assertThat(inner.kind()).isEqualTo(MarkKind.UNCLEAR);
      assertThat(inner.inside()).isEmpty();
    });
    assertThat(tree).allMatch(Bracketed::closed);
  }

  @Test
  void leavesOutMarksThatCrossOrDoNotSpanBrackets() {
    String body = "[ab [cd] ef] gh";
    List<EditorialMark> handWritten = List.of(
        new EditorialMark(MarkKind.NOTE, 0, 12),
        new EditorialMark(MarkKind.SIC, 4, 15),
        new EditorialMark(MarkKind.GAP, 1, 3),
        new EditorialMark(MarkKind.GAP, 4, 99));
    assertThat(Bracketed.arrange(body, handWritten)).singleElement().satisfies(b -> {
      assertThat(b.content(body)).isEqualTo("ab [cd] ef");
      assertThat(b.inside()).isEmpty();
    });
  }

  @Test
  void arrangesDeepNestingWithoutRecursion() {
    String body = "[".repeat(200_000) + "x" + "]".repeat(200_000);
    List<Bracketed> tree = Bracketed.arrange(body, MarkReader.read(body));
    Bracketed b = tree.get(0);
    int depth = 1;
    while (!b.inside().isEmpty()) {
      b = b.inside().get(0);
      depth++;
    }
    assertThat(depth).isEqualTo(200_000);
    assertThat(b.content(body)).isEqualTo("x");
  }
}

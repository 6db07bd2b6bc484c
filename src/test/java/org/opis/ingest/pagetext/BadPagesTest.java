package org.opis.ingest.pagetext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.opis.problem.InvalidInputException;
import org.opis.problem.Location;
import org.opis.problem.Problem;

/** Pages that cannot be imported, and the words a person reads about them. */
class BadPagesTest {

  static List<Problem> problems(String text, String name) {
    return catchThrowableOfType(InvalidInputException.class, () -> PageTextReader.read(text, name)).problems();
  }

  /** Lines of made-up words, seeded so the same text comes every time. */
  static String randomText() {
    Random random = new Random(1920);
    StringBuilder text = new StringBuilder();
    for (int line = 0; line < 200; line++) {
      for (int word = 0; word < 1 + random.nextInt(12); word++) {
        for (int letter = 0; letter < 2 + random.nextInt(8); letter++) {
          text.append((char) ('a' + random.nextInt(26)));
        }
        text.append(' ');
      }
      text.append(random.nextInt(4) == 0 ? "\n\n" : "\n");
    }
    return text.toString();
  }

  @Test
  void rejectsEmptyPage() {
    assertThat(problems("", "empty.txt")).extracting(Problem::toString).containsExactly("empty.txt: the file is empty");
  }

  @Test
  void rejectsPageOfBlankLines() {
    assertThat(problems(" \n\n\t\n\u00a0\r\n", "blank.txt")).extracting(Problem::toString)
        .containsExactly("blank.txt: the file has only blank lines, no page text");
  }

  @Test
  void rejectsPageWithNoDate() {
    assertThat(problems(Pages.ours("bad/no-date.txt"), "no-date.txt")).extracting(Problem::toString).containsExactly(
        "no-date.txt, line 3, field \"date\": the page has no date: a Digital Archive page gives the document's"
            + " date on the line above its title");
  }

  @Test
  void reportsImpossibleDateAtItsLine() {
    List<Problem> problems = problems(Pages.ours("bad/impossible-date.txt"), "impossible-date.txt");
    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.location()).isEqualTo(Location.file("impossible-date.txt").atLine(3).atField("date"));
      assertThat(problem.message()).contains("February 30, 1946");
    });
  }

  @Test
  void rejectsRandomText() {
    assertThat(problems(randomText(), "random.txt")).extracting(Problem::toString).containsExactly(
        "random.txt: this is not a Digital Archive document page: it has no \"Document Information\" part"
            + " and none of its labels (Source, Rights, Record ID, ...)");
  }

  @Test
  void rejectsPageWithNoTitle() {
    String page = "Skip to content\n\nNovember 16, 1920\n\nDocument Information\n\nRGASPI, f. 558, op. 11, d. 317.";
    assertThat(problems(page, "untitled.txt")).extracting(Problem::toString).containsExactly(
        "untitled.txt, line 5, field \"title\": the page has no title: the line after the date should be the"
            + " document's title");
  }

  @Test
  void reportsEveryProblemOfAPageAtOnceInPageOrder() {
    String page = Pages.seed()
        .replace("November 16, 1920\n", "")
        .replace("Original Uploaded Date\n\n\n", "Original Uploaded Date\n\n2019-13-45\n")
        .replace("Record ID", "Language\n\nKlingon\n\nRecord ID");
    assertThat(problems(page, "seed.txt")).extracting(Problem::toString).containsExactly(
        "seed.txt, line 4, field \"date\": the page has no date: a Digital Archive page gives the document's"
            + " date on the line above its title",
        "seed.txt, line 40, field \"uploaded\": cannot read \"2019-13-45\" as the date the record was first uploaded",
        "seed.txt, line 44, field \"language\": cannot tell which language \"Klingon\" is");
  }

  @Test
  void keepsARecordIdOfMoreThanOneWord() {
    String page = Pages.seed().replace("Record ID\n\n\n\n", "Record ID\n\n176/208 bis\n\n");
    assertThat(PageTextReader.read(page, Pages.SEED).externalIds()).extracting(org.opis.record.ExternalId::value)
        .containsExactly("176/208 bis");
    assertThat(PageTextReader.read(page, Pages.SEED).funders()).contains("MacArthur Foundation");
  }

  @Test
  void readsPageThatLostTheBlankLinesOfItsHead() {
    String page = Pages.seed().replace("November 16, 1920\n\n", "November 16, 1920\n")
        .replace("[Central Committee]\n\nThis document", "[Central Committee]\nThis document");
    assertThat(PageTextReader.read(page, Pages.SEED)).isEqualTo(PageTextReader.read(Pages.seed(), Pages.SEED));
  }

  @Test
  void takesNoRelatedDocumentForFunder() {
    String page = Pages.seed() + "\n\nRelated Documents\n\nLetter from Stalin to Lenin\n\nNote from Lenin to Stalin";
    assertThat(PageTextReader.read(page, Pages.SEED).funders()).containsExactly("MacArthur Foundation", "Blavatnik Family Foundation");
  }

  @Test
  void acceptsPageThatSaysItIsUndated() {
    String page = Pages.seed().replace("November 16, 1920", "Undated");
    assertThat(PageTextReader.read(page, "undated.txt").date()).isEmpty();
  }
}

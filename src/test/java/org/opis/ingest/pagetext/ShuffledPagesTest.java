package org.opis.ingest.pagetext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.opis.problem.InvalidInputException;
import org.opis.record.Document;

/**
 * Pages cut up and put back together at random, from the pieces of real and made-up pages: the
 * reader gives a document or an {@link InvalidInputException}, never any other failure.
 */
class ShuffledPagesTest {
  static final List<String> PAGES = List.of(
      "report-record-id-uploaded.txt", "russian-transcript.txt", "cable-several-funders.txt",
      "memorandum-of-conversation.txt", "letter-from-to.txt", "every-label.txt", "minutes-without-heading.txt");

  static List<String> pieces() {
    List<String> pieces = new ArrayList<>(List.of(Pages.seed().split("\n")));
    PAGES.forEach(page -> pieces.addAll(List.of(Pages.ours(page).split("\n"))));
    pieces.addAll(List.of("Record ID: ", "Type:", "Translated by", "No.", "[", "]", ",", " to ", "Nº", "17-",
        "Diary of", "between", "Transcript - Klingon", "\u00a0", "\r", "\uFEFF", "Original Scan", "Summary"));
    return pieces;
  }

  @Test
  void givesDocumentOrProblemsForAnyArrangementOfPieces() {
    List<String> pieces = pieces();
    Random random = new Random(1946);
    int documents = 0;
    for (int round = 0; round < 1000; round++) {
      List<String> lines = new ArrayList<>();
      int length = random.nextInt(60);
      for (int i = 0; i < length; i++) {
        lines.add(random.nextInt(5) == 0 ? "" : pieces.get(random.nextInt(pieces.size())));
      }
      if (random.nextBoolean()) {
        Collections.shuffle(lines, random);
      }
      String page = String.join("\n", lines);
      try {
        Document doc = PageTextReader.read(page, "shuffled.txt");
        assertThat(doc.title()).as(page).isNotBlank();
        documents++;
      } catch (InvalidInputException expected) {
        assertThat(expected.problems()).as(page).isNotEmpty();
      }
    }
    assertThat(documents).as("some arrangements still read as pages").isPositive();
  }

  @Test
  void readsPagesWithBlocksDroppedAtRandom() {
    Random random = new Random(1920);
    for (String name : PAGES) {
      String[] blocks = Pages.ours(name).split("\n\n");
      for (int round = 0; round < 100; round++) {
        List<String> kept = new ArrayList<>();
        for (String block : blocks) {
          if (random.nextInt(6) != 0) {
            kept.add(block);
          }
        }
        String page = String.join("\n\n", kept);
        try {
          PageTextReader.read(page, name);
        } catch (InvalidInputException expected) {
          assertThat(expected.problems()).as(page).isNotEmpty();
        }
      }
    }
  }
}

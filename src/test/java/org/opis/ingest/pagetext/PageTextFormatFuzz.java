package org.opis.ingest.pagetext;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.opis.problem.Hostile;

/**
 * Any bytes saved as a Digital Archive page ({@code .txt}) give a record or problems that say what is wrong, never another exception. Starts from the seed telegram of the Wilson Center Digital Archive.
 */
class PageTextFormatFuzz {
  private static final PageTextFormat FORMAT = new PageTextFormat();

  @BeforeAll
  static void seed() {
    Hostile.seed(PageTextFormatFuzz.class, "readsAnyPageTextIntoARecordOrProblems", List.of("seed/wilson-center-telegram-1920-11-16.txt"));
  }

  @FuzzTest
  void readsAnyPageTextIntoARecordOrProblems(byte[] bytes) {
    var file = Hostile.file(bytes, "page.txt");
    Hostile.refusesClearly(() -> FORMAT.read(file, "page.txt", Hostile.records(), Hostile.problems()));
  }
}

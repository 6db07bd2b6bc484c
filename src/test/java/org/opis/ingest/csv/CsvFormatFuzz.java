package org.opis.ingest.csv;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.opis.problem.Hostile;

/**
 * Any bytes in a {@code .csv} file give records or problems that say what is wrong, never another exception. Starts from the spreadsheets kept beside this test (the shared samples hold none).
 */
class CsvFormatFuzz {
  private static final CsvFormat FORMAT = new CsvFormat();

  @BeforeAll
  static void seed() {
    Hostile.seed(CsvFormatFuzz.class, "readsAnySpreadsheetIntoRecordsOrProblems", List.of());
  }

  @FuzzTest
  void readsAnySpreadsheetIntoRecordsOrProblems(byte[] bytes) {
    var file = Hostile.file(bytes, "sheet.csv");
    Hostile.refusesClearly(() -> FORMAT.read(file, "sheet.csv", Hostile.records(), Hostile.problems()));
  }
}

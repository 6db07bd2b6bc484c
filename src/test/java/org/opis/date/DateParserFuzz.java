package org.opis.date;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.opis.problem.Hostile;
import org.opis.problem.Location;

/**
 * Any date as written is read into a date whose first day is not after its last, or refused
 * with the reason, never another exception.
 */
class DateParserFuzz {

  @FuzzTest
  void readsAnyDateAsWrittenOrSaysWhyNot(FuzzedDataProvider data) {
    String written = data.consumeRemainingAsString();
    Hostile.refusesClearly(() -> {
      DocumentDate date = DateParser.parse(written, Location.file("dates.csv").atColumn("date"));
      if (date == null) {
        throw new AssertionError("no date for " + written);
      }
    });
  }
}

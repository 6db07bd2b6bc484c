package org.opis.reference;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.opis.problem.Hostile;

/**
 * Any archival reference as written is read into levels or kept as written, never an error,
 * and what was written is always kept.
 */
class ReferenceParserFuzz {

  @FuzzTest
  void readsAnyReferenceAsWrittenIntoLevelsOrKeepsItAsWritten(FuzzedDataProvider data) {
    String written = data.consumeRemainingAsString();
    Hostile.neverRefuses(() -> {
      ArchivalReference reference = ReferenceParser.parse(written);
      if (!reference.asWritten().equals(written)) {
        throw new AssertionError("\"" + written + "\" is kept as \"" + reference.asWritten() + "\"");
      }
    });
  }
}

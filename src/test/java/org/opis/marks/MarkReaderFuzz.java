package org.opis.marks;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.opis.problem.Hostile;

/**
 * Any text of a translation or transcription gives its editorial marks, each inside the text,
 * never an error: square brackets a person types are never a reason to refuse a text.
 */
class MarkReaderFuzz {

  @FuzzTest
  void readsTheEditorialMarksOfAnyText(FuzzedDataProvider data) {
    String body = data.consumeRemainingAsString();
    Hostile.neverRefuses(() -> MarkReader.read(body).forEach(mark -> {
      if (mark.end() > body.length()) {
        throw new AssertionError(mark + " ends past the text, " + body.length() + " characters long");
      }
    }));
  }
}

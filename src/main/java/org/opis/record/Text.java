package org.opis.record;

import java.util.List;
import java.util.Objects;
import org.opis.authority.AgentRef;
import org.opis.marks.EditorialMark;

/**
 * One text of a document: a translation or a transcription of the original, in one language.
 *
 * @param kind translation or transcription
 * @param language BCP 47 language tag of this text ("en", "ru", "fa")
 * @param translators who translated it; empty for a transcription
 * @param body the text with its editorial marks in square brackets, paragraphs separated by a
 *     blank line
 * @param marks the editorial marks in {@code body}, in order of position
 */
public record Text(
    TextKind kind, String language, List<AgentRef> translators, String body, List<EditorialMark> marks) {
  public Text {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(language, "language");
    translators = List.copyOf(translators);
    Objects.requireNonNull(body, "body");
    marks = List.copyOf(marks);
  }
}

package org.opis.web;

import java.util.List;
import java.util.Optional;
import org.opis.authority.AgentRef;
import org.opis.marks.MarkKind;
import org.opis.record.Languages;
import org.opis.record.Text;
import org.opis.record.TextKind;

/**
 * One text of a document as its page shows it: a heading saying what it is ("English
 * translation"), who translated it, its paragraphs with their marks, and a legend of the kinds
 * of mark it uses.
 *
 * @param heading what the text is, in words
 * @param language its BCP 47 tag, for the {@code lang} attribute
 * @param languageName the English name of its language
 * @param kind translation or transcription, as a word
 * @param translators who translated it, names joined
 * @param paragraphs its body
 * @param marksUsed each kind of editorial mark in it, once
 */
public record TextView(
    String heading,
    String language,
    String languageName,
    String kind,
    Optional<String> translators,
    List<MarkedText.Paragraph> paragraphs,
    List<MarkKind> marksUsed) {

  static TextView of(Text text) {
    String languageName = Languages.name(text.language());
    String kind = text.kind() == TextKind.TRANSLATION ? "translation" : "transcription";
    return new TextView(
        languageName + " " + kind,
        text.language(),
        languageName,
        kind,
        text.translators().isEmpty()
            ? Optional.empty()
            : Optional.of(String.join(", ", text.translators().stream().map(AgentRef::name).toList())),
        MarkedText.paragraphs(text.body(), text.marks()),
        MarkedText.kindsUsed(text.body(), text.marks()));
  }
}

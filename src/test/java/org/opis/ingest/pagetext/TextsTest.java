package org.opis.ingest.pagetext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opis.authority.AgentRef;
import org.opis.record.Text;
import org.opis.record.TextKind;

class TextsTest {
  static final List<AgentRef> TRANSLATOR = List.of(AgentRef.person("Ann Lee"));

  static List<Block> blocks(String text) {
    return Block.split(text);
  }

  @Test
  void dividesEnglishThenRussianIntoTranslationAndTranscript() {
    List<Text> texts = Texts.of(blocks("To Stalin.\n\nWe agree.\n\nСталину.\n\nМы согласны."), TRANSLATOR, List.of());
    assertThat(texts).extracting(Text::kind, Text::language, Text::body).containsExactly(
        tuple(TextKind.TRANSLATION, "en", "To Stalin.\n\nWe agree."),
        tuple(TextKind.TRANSCRIPTION, "ru", "Сталину.\n\nМы согласны."));
    assertThat(texts.get(0).translators()).isEqualTo(TRANSLATOR);
    assertThat(texts.get(1).translators()).isEmpty();
  }

  @Test
  void keepsOneTextWhenScriptsAlternate() {
    List<Text> texts = Texts.of(blocks("To Stalin.\n\nСталину.\n\nWe agree."), TRANSLATOR, List.of());
    assertThat(texts).singleElement().extracting(Text::language).isEqualTo("en");
  }

  @Test
  void takesLanguageOfTranscriptFromLanguageLabel() {
    List<Text> texts = Texts.of(blocks("Київ, 5 травня.\n\nТекст листа."), List.of(), List.of("uk"));
    assertThat(texts).singleElement().extracting(Text::kind, Text::language)
        .containsExactly(TextKind.TRANSCRIPTION, "uk");
  }

  @Test
  void takesKindAndLanguageFromTabHeading() {
    List<Text> texts = Texts.of(blocks("Transcript - English\n\nMemorandum for the President.\n\nOriginal Scan"),
        TRANSLATOR, List.of());
    assertThat(texts).singleElement().extracting(Text::kind, Text::language, Text::body)
        .containsExactly(TextKind.TRANSCRIPTION, "en", "Memorandum for the President.");
  }

  @Test
  void readsPersianTranscript() {
    List<Text> texts = Texts.of(blocks("میرزا کوچک خان در گیلان"), List.of(), List.of());
    assertThat(texts).singleElement().extracting(Text::kind, Text::language)
        .containsExactly(TextKind.TRANSCRIPTION, "fa");
  }
}

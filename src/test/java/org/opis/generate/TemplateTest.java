package org.opis.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateTest {
  private final Template.Filler filler = (slot, out, opens) -> out.append(opens ? "The Politburo" : "the Politburo");

  @Test
  void fillsSlotsCapitalisingOneThatOpensASentence() {
    StringBuilder out = new StringBuilder();
    Template.parse("{O} has decided.\\nAsk {O} again.").fill(out, filler, false);
    assertThat(out).hasToString("The Politburo has decided.\nAsk the Politburo again.");
  }

  @Test
  void continuesASentenceAfterAnOpenerWithoutCapitals() {
    StringBuilder out = new StringBuilder("Moreover, ");
    Template.parse("The reply of {O} is expected.").fill(out, filler, true);
    Template.parse(" {O} agrees.").fill(out, filler, true);
    assertThat(out).hasToString("Moreover, the reply of the Politburo is expected. the Politburo agrees.");
  }

  @Test
  void choosesOnlyTemplatesWhoseSlotsTheDocumentCanFill() {
    List<Template> choices = List.of(Template.parse("To {R}"), Template.parse("Report on {TOPIC}"));
    Chance chance = Chance.forDocument(1, 1);
    for (int i = 0; i < 20; i++) {
      StringBuilder out = new StringBuilder();
      Template.choose(choices, EnumSet.of(Slot.TOPIC), chance).fill(out, (s, o, b) -> o.append("oil"), false);
      assertThat(out).hasToString("Report on oil");
    }
    assertThat(Template.choose(choices, EnumSet.of(Slot.C), chance)).isNull();
  }

  @Test
  void rejectsAnUnknownSlotNamingItAndTheTemplate() {
    assertThatThrownBy(() -> Template.parse("Dear {RECIPIENT},"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown slot {RECIPIENT} in the template \"Dear {RECIPIENT},\"");
  }
}

package org.opis.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opis.authority.AgentRef;
import org.opis.record.Document;
import org.opis.record.DocumentId;

class DifferencesTest {
  private final Document before = Document.titled("Telegram, Stalin to Lenin").id(new DocumentId("1")).type("telegram")
      .creators(List.of(AgentRef.person("Stalin"))).subjects(List.of("Iran", "Gilan"))
      .uploaded(Instant.parse("2020-01-01T00:00:00Z")).modified(Instant.parse("2020-01-01T00:00:00Z")).build();

  @Test
  void namesEachChangedFieldWithItsValueBeforeAndAfter() {
    Document after = before.toBuilder().title("Telegram, Stalin to LENIN").subjects(List.of("Iran"))
        .summary("Stalin reports on Gilan.").modified(Instant.parse("2024-06-01T00:00:00Z")).build();
    assertThat(Differences.between(before, after)).containsExactlyInAnyOrder(
        new FieldChange("title", Optional.of("Telegram, Stalin to Lenin"), Optional.of("Telegram, Stalin to LENIN")),
        new FieldChange("summary", Optional.empty(), Optional.of("Stalin reports on Gilan.")),
        new FieldChange("subjects 2", Optional.of("Gilan"), Optional.empty()));
  }

  @Test
  void findsNothingBetweenAVersionAndItselfSavedLater() {
    assertThat(Differences.between(before, before.toBuilder().modified(Instant.parse("2030-01-01T00:00:00Z")).build()))
        .isEmpty();
  }

  @Test
  void comparesTheFieldsOfNamesInsideLists() {
    Document after = before.toBuilder().creators(List.of(AgentRef.person("I. V. Stalin"))).build();
    assertThat(Differences.between(before, after)).extracting(FieldChange::field).singleElement()
        .satisfies(field -> assertThat(field).startsWith("creators 1"));
  }
}

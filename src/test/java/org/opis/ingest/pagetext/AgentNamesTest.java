package org.opis.ingest.pagetext;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opis.authority.AgentRef;

class AgentNamesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "LENIN|Lenin",
      "the TsEKA [Central Committee]|TsEKA (Central Committee)",
      "KIM IL SUNG|Kim Il Sung",
      "Comrade KUCHUK-KHAN|Kuchuk-Khan",
      "the CPSU CC|CPSU CC",
      "USSR|USSR",
      "NATO|NATO",
      "I. V. Stalin|I. V. Stalin",
      "MAO ZEDONG|Mao Zedong",
      "Prime Minister Mohammad Mosaddegh|Mohammad Mosaddegh",
      "President Harry S. Truman|Harry S. Truman",
      "Soviet Ambassador P. F. Yudin|P. F. Yudin",
      "Secretary General Dag Hammarskjöld|Dag Hammarskjöld",
      "Soviet Ambassador to Iran|Soviet Ambassador to Iran",
      "Chairman of the Council of Ministers|Chairman of the Council of Ministers",
      "Ministry of Foreign Affairs|Ministry of Foreign Affairs"})
  void makesNamesReadable(String written, String readable) {
    assertThat(AgentNames.readable(written)).isEqualTo(readable);
  }

  @Test
  void splitsListsOutsideBrackets() {
    assertThat(AgentNames.split("Mao Zedong, Zhou Enlai and the CC [Politburo and Secretariat]"))
        .containsExactly("Mao Zedong", "Zhou Enlai", "the CC [Politburo and Secretariat]");
  }

  @Test
  void guessesKindOfReadableName() {
    assertThat(AgentNames.refs("LENIN and the TsEKA [Central Committee]"))
        .containsExactly(AgentRef.person("Lenin"), AgentRef.organisation("TsEKA (Central Committee)"));
  }
}

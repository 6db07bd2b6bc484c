package org.opis.cite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opis.authority.AgentRef;

class FamilyFirstTest {
  @ParameterizedTest
  @ValueSource(strings = {"Zhou Enlai", "Mao Zedong", "Mao Tse-tung", "Chou En-lai", "Chiang Kai-shek", "Deng Xiaoping",
      "Kim Il Sung", "Kim Jong-il", "Ho Chi Minh", "Zhang Qian", "Liu Shaoqi", "Peng Dehuai"})
  void knowsANameWrittenFamilyFirstAndCitesItAsWritten(String name) {
    assertThat(FamilyFirst.is(name)).isTrue();
    CitedName cited = CitedName.of(AgentRef.person(name));
    assertThat(cited.inverted()).isEqualTo(name);
    assertThat(cited.display()).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Kim Philby", "Lee Harvey Oswald", "Gary Goldberg", "Zhou", "Mao, Zedong", "Li Ma Wang Zhou Chen",
      "Ho Bao Dai Emperor", "Song Cycle Review"})
  void leavesWesternNamesToTheWesternRule(String name) {
    assertThat(FamilyFirst.is(name)).isFalse();
  }
}

package org.opis.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NameMatcherTest {
  private static final Agent STALIN = person("joseph-stalin", "Iosif Vissarionovich Stalin", "Joseph Stalin");
  private static final Agent VASILY = person("vasily-stalin", "Vasily Stalin");
  private static final Agent LENIN = person("lenin", "Vladimir Ilyich Lenin", "Lenin");
  private static final Agent TSEKA = new Agent("tseka", AgentKind.ORGANISATION, "TsEKA (Central Committee)",
      List.of("Central Committee"), Optional.empty(), Optional.empty());

  private static Agent person(String id, String name, String... variants) {
    return new Agent(id, AgentKind.PERSON, name, List.of(variants), Optional.empty(), Optional.empty());
  }

  private static Optional<String> matchPerson(String name, Agent... candidates) {
    return NameMatcher.agent(name, AgentKind.PERSON, List.of(candidates)).map(Agent::id);
  }

  @Test
  void matchesTheKeyOfAnyNameOfTheRecord() {
    assertThat(matchPerson("Joseph Stalin", LENIN, STALIN)).contains("joseph-stalin");
    assertThat(matchPerson("JOSEPH STALIN", LENIN, STALIN)).contains("joseph-stalin");
    assertThat(matchPerson("Иосиф Виссарионович Сталин", STALIN)).contains("joseph-stalin");
  }

  @Test
  void matchesANameInCapitals() {
    assertThat(matchPerson("LENIN", STALIN, LENIN)).contains("lenin");
  }

  @Test
  void matchesOnlyRecordsOfTheSameKind() {
    assertThat(NameMatcher.agent("Central Committee", AgentKind.PERSON, List.of(TSEKA))).isEmpty();
    assertThat(NameMatcher.agent("central committee", AgentKind.ORGANISATION, List.of(TSEKA))).contains(TSEKA);
  }

  @Test
  void matchesInitialsToTheFullerName() {
    assertThat(matchPerson("I. V. Stalin", STALIN, VASILY)).contains("joseph-stalin");
    assertThat(matchPerson("I.V. Stalin", STALIN, VASILY)).contains("joseph-stalin");
    assertThat(matchPerson("И. В. Сталин", STALIN, VASILY)).contains("joseph-stalin");
    assertThat(matchPerson("I. Stalin", STALIN, VASILY)).contains("joseph-stalin");
    assertThat(matchPerson("V. Stalin", STALIN, VASILY)).contains("vasily-stalin");
  }

  @Test
  void matchesInitialsWrittenWithTwoLatinLetters() {
    Agent sverdlov = person("sverdlov", "Yakov Mikhailovich Sverdlov");
    assertThat(matchPerson("Я. М. Свердлов", sverdlov)).contains("sverdlov");
    assertThat(matchPerson("Ya. M. Sverdlov", sverdlov)).contains("sverdlov");
  }

  @Test
  void doesNotMatchInitialsThatDisagree() {
    assertThat(matchPerson("A. V. Stalin", STALIN)).isEmpty();
    assertThat(matchPerson("I. I. Stalin", STALIN)).isEmpty();
  }

  @Test
  void readsTheInvertedAndTheRussianOrder() {
    assertThat(matchPerson("Stalin, I. V.", STALIN, VASILY)).contains("joseph-stalin");
    assertThat(matchPerson("Сталин И. В.", STALIN, VASILY)).contains("joseph-stalin");
    assertThat(matchPerson("Stalin, Joseph", STALIN, VASILY)).contains("joseph-stalin");
  }

  @Test
  void matchesABareSurnameOfExactlyOnePerson() {
    assertThat(matchPerson("Stalin", LENIN, STALIN)).contains("joseph-stalin");
    assertThat(matchPerson("Сталин", LENIN, STALIN)).contains("joseph-stalin");
  }

  @Test
  void matchesNothingWhenABareSurnameFitsTwoPeople() {
    assertThat(matchPerson("Stalin", STALIN, VASILY)).isEmpty();
  }

  @Test
  void matchesNothingWhenInitialsFitTwoPeople() {
    Agent ivan = person("ivan-stalin", "Ivan Petrovich Stalin");
    assertThat(matchPerson("I. Stalin", STALIN, ivan)).isEmpty();
    assertThat(matchPerson("I. V. Stalin", STALIN, ivan)).contains("joseph-stalin");
  }

  @Test
  void prefersTheRecordWithTheExactNameOverSurnameMatches() {
    Agent bare = person("stalin", "Stalin");
    assertThat(matchPerson("Stalin", STALIN, VASILY, bare)).contains("stalin");
  }

  @Test
  void prefersTheFirstCandidateWhenTwoShareTheExactName() {
    Agent other = person("joseph-stalin-2", "Joseph Stalin");
    assertThat(matchPerson("Joseph Stalin", STALIN, other)).contains("joseph-stalin");
  }

  @Test
  void matchesAFullerNameToTheOnlyRecordOfItsSurnameThatKnowsShorterFormsAlone() {
    Agent bare = person("stalin", "Stalin", "I. Stalin");
    assertThat(matchPerson("Iosif Stalin", bare)).contains("stalin");
    assertThat(matchPerson("Iosif Vissarionovich Stalin", person("ivs", "I. V. Stalin"))).contains("ivs");
  }

  @Test
  void doesNotMatchAFullerNameToAShorterRecordWhenAnotherSharesTheSurname() {
    Agent bare = person("stalin", "Stalin");
    assertThat(matchPerson("Joseph Stalin", bare, VASILY)).isEmpty();
    assertThat(matchPerson("Joseph Stalin", person("vs", "Stalin", "V. Stalin"))).isEmpty();
  }

  @Test
  void makesTheFullerNameThePreferredOneOfARecordThatKnewOnlyShorterForms() {
    Agent named = NameMatcher.named(person("stalin", "Stalin", "I. V. Stalin"), "Iosif Vissarionovich Stalin");
    assertThat(named.id()).isEqualTo("stalin");
    assertThat(named.name()).isEqualTo("Iosif Vissarionovich Stalin");
    assertThat(named.variants()).containsExactly("Stalin", "I. V. Stalin");
    assertThat(NameMatcher.named(STALIN, "Stalin").name()).isEqualTo("Iosif Vissarionovich Stalin");
    assertThat(NameMatcher.named(STALIN, "Stalin").variants()).containsExactly("Joseph Stalin", "Stalin");
  }

  @Test
  void doesNotMatchADifferentGivenName() {
    assertThat(matchPerson("Joseph Stalin", person("iosif", "Iosif Stalin"))).isEmpty();
  }

  @Test
  void matchesOrganisationsOnlyByTheirWholeName() {
    assertThat(NameMatcher.agent("Committee", AgentKind.ORGANISATION, List.of(TSEKA))).isEmpty();
    assertThat(NameMatcher.agent("TsEKA (central committee)", AgentKind.ORGANISATION, List.of(TSEKA)))
        .contains(TSEKA);
  }

  @Test
  void matchesNothingForANameWithoutLetters() {
    assertThat(matchPerson("??", STALIN)).isEmpty();
  }

  @Test
  void matchesPlacesOnTheKeyOfAnyName() {
    Place tabriz = new Place("tabriz", "Tabriz", List.of("Tebriz"), Optional.empty(), Optional.empty());
    Place rasht = new Place("rasht", "Rasht", List.of(), Optional.empty(), Optional.empty());
    assertThat(NameMatcher.place("Тебриз", List.of(rasht, tabriz))).contains(tabriz);
    assertThat(NameMatcher.place("RASHT", List.of(rasht, tabriz))).contains(rasht);
    assertThat(NameMatcher.place("Tabriz Province", List.of(rasht, tabriz))).isEmpty();
  }

  @Test
  void findsTheSurnameInEveryOrder() {
    assertThat(NameMatcher.surnameKey("I. V. Stalin")).contains("stalin");
    assertThat(NameMatcher.surnameKey("Stalin, Joseph")).contains("stalin");
    assertThat(NameMatcher.surnameKey("Сталин И. В.")).contains("stalin");
    assertThat(NameMatcher.surnameKey("Stalin")).contains("stalin");
    assertThat(NameMatcher.surnameKey("Kuchuk-Khan")).contains("khan");
    assertThat(NameMatcher.surnameKey("...")).isEmpty();
  }
}

package org.opis.ingest.pagetext;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opis.authority.AgentRef;

/** The title patterns of the Digital Archive. */
class TitlePartsTest {

  @Test
  void readsTypeCommaWriterToAddressees() {
    TitleParts parts = TitleParts.of("Telegram, Stalin to LENIN and the TsEKA [Central Committee]");
    assertThat(parts.type()).contains("telegram");
    assertThat(parts.creators()).containsExactly(AgentRef.person("Stalin"));
    assertThat(parts.recipients()).containsExactly(AgentRef.person("Lenin"), AgentRef.organisation("TsEKA (Central Committee)"));
    assertThat(parts.participants()).isEmpty();
    assertThat(parts.number()).isEmpty();
  }

  @Test
  void readsLetterFromWriterToAddressee() {
    TitleParts parts = TitleParts.of("Letter from Mao Zedong to Stalin");
    assertThat(parts.type()).contains("letter");
    assertThat(parts.creators()).containsExactly(AgentRef.person("Mao Zedong"));
    assertThat(parts.recipients()).containsExactly(AgentRef.person("Stalin"));
  }

  @Test
  void leavesQuotedSubtitleOutOfAddressee() {
    TitleParts parts = TitleParts.of(
        "Cable from the Chinese Embassy in Moscow to the Foreign Ministry, 'Soviet Views on the Korean Question'");
    assertThat(parts.type()).contains("cable");
    assertThat(parts.creators()).containsExactly(AgentRef.organisation("Chinese Embassy in Moscow"));
    assertThat(parts.recipients()).containsExactly(AgentRef.organisation("Foreign Ministry"));
  }

  @Test
  void keepsAmbassadorToCountryTogether() {
    TitleParts parts = TitleParts.of("Report, Soviet Ambassador to Iran to Molotov");
    assertThat(parts.type()).contains("report");
    assertThat(parts.creators()).containsExactly(AgentRef.person("Soviet Ambassador to Iran"));
    assertThat(parts.recipients()).containsExactly(AgentRef.person("Molotov"));
  }

  @Test
  void listsPeopleOfConversationAsParticipants() {
    TitleParts parts = TitleParts.of("Memorandum of Conversation between Mao Zedong and Nikita Khrushchev");
    assertThat(parts.type()).contains("memorandum of conversation");
    assertThat(parts.creators()).isEmpty();
    assertThat(parts.recipients()).isEmpty();
    assertThat(parts.participants()).containsExactly(AgentRef.person("Mao Zedong"), AgentRef.person("Nikita Khrushchev"));
  }

  @Test
  void leavesThePlaceOfAConversationOutOfItsPeople() {
    TitleParts parts = TitleParts.of("Memorandum of Conversation between N. S. Khrushchev and Mao Zedong, Beijing");
    assertThat(parts.participants()).containsExactly(AgentRef.person("N. S. Khrushchev"), AgentRef.person("Mao Zedong"));
    assertThat(TitleParts.of("Memorandum of Conversation between Mao Zedong, Zhou Enlai and Pavel Yudin").participants())
        .hasSize(3);
  }

  @Test
  void readsRecordOfAConversationWithSomeone() {
    TitleParts parts = TitleParts.of("Record of a Conversation with Comrade Kim Il Sung, 12 March 1956");
    assertThat(parts.type()).contains("record of conversation");
    assertThat(parts.participants()).containsExactly(AgentRef.person("Kim Il Sung"));
  }

  @Test
  void takesBodyThatMetFromMinutes() {
    TitleParts parts = TitleParts.of("Minutes of the Meeting of the CPSU CC Presidium");
    assertThat(parts.type()).contains("minutes");
    assertThat(parts.creators()).isEmpty();
    assertThat(parts.participants()).containsExactly(AgentRef.organisation("CPSU CC Presidium"));
    assertThat(TitleParts.of("Minutes of the Meeting of the Sovnarkom on the Persian Question").participants())
        .containsExactly(AgentRef.organisation("Sovnarkom"));
    assertThat(TitleParts.of("Minutes of the Meeting of the Politburo and Comrade Stalin").participants())
        .contains(AgentRef.person("Stalin"));
  }

  @Test
  void takesDiarist() {
    TitleParts parts = TitleParts.of("Diary of Soviet Ambassador to China P. F. Yudin");
    assertThat(parts.type()).contains("diary");
    assertThat(parts.creators()).containsExactly(AgentRef.person("Soviet Ambassador to China P. F. Yudin"));
  }

  @Test
  void takesDiaristOfRecordFromDiary() {
    TitleParts parts = TitleParts.of("From the Diary of P. F. Yudin, Record of Conversation with Mao Zedong");
    assertThat(parts.type()).contains("record of conversation");
    assertThat(parts.creators()).containsExactly(AgentRef.person("P. F. Yudin"));
    assertThat(parts.participants()).containsExactly(AgentRef.person("Mao Zedong"));
  }

  @Test
  void readsNumberOfCipheredTelegram() {
    TitleParts parts = TitleParts.of("Ciphered Telegram No. 123 from Gromyko to the CPSU CC");
    assertThat(parts.type()).contains("ciphered telegram");
    assertThat(parts.number()).contains("No. 123");
    assertThat(parts.creators()).containsExactly(AgentRef.person("Gromyko"));
    assertThat(parts.recipients()).containsExactly(AgentRef.organisation("CPSU CC"));
  }

  @Test
  void leavesDateOutOfAddressee() {
    TitleParts parts = TitleParts.of("Letter from Kim Il Sung to Stalin, 29 September 1950");
    assertThat(parts.recipients()).containsExactly(AgentRef.person("Stalin"));
  }

  @Test
  void findsNobodyInDescriptiveTitle() {
    TitleParts parts = TitleParts.of("The Road to Tehran");
    assertThat(parts.type()).isEmpty();
    assertThat(parts.creators()).isEmpty();
    assertThat(parts.recipients()).isEmpty();
  }

  @Test
  void readsSpeechByWriter() {
    TitleParts parts = TitleParts.of("Speech by Khrushchev at the Twentieth Party Congress");
    assertThat(parts.type()).contains("speech");
    assertThat(parts.creators()).containsExactly(AgentRef.person("Khrushchev"));
  }

  @Test
  void findsNobodyInTypeFollowedBySubject() {
    TitleParts parts = TitleParts.of("Report on the Situation in Iran");
    assertThat(parts.type()).contains("report");
    assertThat(parts.creators()).isEmpty();
    assertThat(parts.recipients()).isEmpty();
  }

  @Test
  void readsMemorandumForAddressee() {
    TitleParts parts = TitleParts.of("Memorandum for the President");
    assertThat(parts.type()).contains("memorandum");
    assertThat(parts.recipients()).containsExactly(AgentRef.person("President"));
  }
}

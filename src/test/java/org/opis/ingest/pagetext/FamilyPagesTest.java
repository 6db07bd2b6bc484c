package org.opis.ingest.pagetext;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opis.authority.AgentRef;
import org.opis.authority.PlaceRef;
import org.opis.marks.MarkReader;
import org.opis.record.CollectionRef;
import org.opis.record.Dateline;
import org.opis.record.Document;
import org.opis.record.ExternalId;
import org.opis.record.Mentions;
import org.opis.record.Text;
import org.opis.record.TextKind;
import org.opis.reference.ArchivalReference;
import org.opis.reference.ReferenceParser;

/** Our own pages in the layout of the Digital Archive, each with other parts present or missing. */
class FamilyPagesTest {

  @Test
  void readsRecordIdAndUploadDate() {
    Document doc = Pages.readOurs("report-record-id-uploaded.txt");
    assertThat(doc.externalIds()).containsExactly(new ExternalId("Wilson Center Digital Archive", "208765"));
    assertThat(doc.uploaded()).contains(Instant.parse("2019-11-08T00:00:00Z"));
    assertThat(doc.funders()).containsExactly("MacArthur Foundation");
  }

  @Test
  void readsReportFromAnAmbassadorToSomeone() {
    Document doc = Pages.readOurs("report-record-id-uploaded.txt");
    assertThat(doc.type()).contains("report");
    assertThat(doc.creators()).containsExactly(AgentRef.person("Soviet Ambassador to Iran"));
    assertThat(doc.recipients()).containsExactly(AgentRef.person("Molotov"));
    assertThat(doc.dateline()).isEqualTo(new Dateline(
        Optional.of("Tehran, 4 March 1946"), Optional.of(PlaceRef.named("Tehran")), Optional.of("17:05")));
    assertThat(doc.identifiers()).containsExactly("No. 58/s");
    assertThat(doc.sources()).containsExactly(ReferenceParser.parse("AVP RF, f. 094, op. 37, p. 358, d. 9, ll. 12-15"));
    assertThat(doc.texts()).singleElement().satisfies(text -> {
      assertThat(text.kind()).isEqualTo(TextKind.TRANSLATION);
      assertThat(text.translators()).containsExactly(AgentRef.person("Daria Sokolova"));
      assertThat(text.body()).startsWith("MOSCOW, to Comrade MOLOTOV\n\nTehran, 4 March 1946\n\nToday I was received")
          .endsWith("I promised to find out.\n\n17.05 hrs\n\nNo. 58/s");
    });
  }

  @Test
  void readsRussianTranscriptWithNoTranslator() {
    Document doc = Pages.readOurs("russian-transcript.txt");
    assertThat(doc.texts()).singleElement().satisfies(text -> {
      assertThat(text.kind()).isEqualTo(TextKind.TRANSCRIPTION);
      assertThat(text.language()).isEqualTo("ru");
      assertThat(text.translators()).isEmpty();
      assertThat(text.body()).startsWith("МОСКВА, тов. СТАЛИНУ\n\nБаку, 3 декабря 1920 г.\n\n").endsWith("\n\n3 декабря 21-40");
      assertThat(text.marks()).isEqualTo(MarkReader.read(text.body()));
    });
    assertThat(doc.languages()).containsExactly("ru");
    assertThat(doc.dateline()).isEqualTo(new Dateline(
        Optional.of("Баку, 3 декабря 1920 г."), Optional.of(PlaceRef.named("Баку")), Optional.of("21:40")));
    assertThat(doc.identifiers()).containsExactly("№ 212/с");
    assertThat(doc.creators()).containsExactly(AgentRef.person("Ordzhonikidze"));
    assertThat(doc.recipients()).containsExactly(AgentRef.person("Stalin"));
    assertThat(doc.sources()).containsExactly(ReferenceParser.parse("RGASPI, f. 558, op. 11, d. 318, l. 12"));
    assertThat(doc.funders()).containsExactly("Blavatnik Family Foundation");
    assertThat(doc.externalIds()).isEmpty();
    assertThat(doc.uploaded()).isEmpty();
  }

  @Test
  void readsSeveralFundersAndTypeLanguageAndClassificationLabels() {
    Document doc = Pages.readOurs("cable-several-funders.txt");
    assertThat(doc.funders()).containsExactly(
        "Henry Luce Foundation", "Korea Foundation", "MacArthur Foundation", "Blavatnik Family Foundation");
    assertThat(doc.type()).contains("cable");
    assertThat(doc.languages()).containsExactly("zh");
    assertThat(doc.classification()).contains("Top Secret");
    assertThat(doc.externalIds()).isEmpty();
    assertThat(doc.creators()).containsExactly(AgentRef.organisation("Chinese Embassy in Moscow"));
    assertThat(doc.recipients()).containsExactly(AgentRef.organisation("Foreign Ministry"));
  }

  @Test
  void readsTranslationAndTranscriptUnderTheirTabs() {
    Document doc = Pages.readOurs("cable-several-funders.txt");
    assertThat(doc.texts()).hasSize(2);
    Text translation = doc.texts().get(0);
    assertThat(translation.kind()).isEqualTo(TextKind.TRANSLATION);
    assertThat(translation.language()).isEqualTo("en");
    assertThat(translation.translators()).containsExactly(AgentRef.person("Zhang Wei"), AgentRef.person("Li Na"));
    assertThat(translation.body()).startsWith("Foreign Ministry:\n\nToday the head")
        .endsWith("as soon as possible [sic].\n\nEmbassy in the Soviet Union\n3 July 1953");
    Text transcript = doc.texts().get(1);
    assertThat(transcript.kind()).isEqualTo(TextKind.TRANSCRIPTION);
    assertThat(transcript.language()).isEqualTo("zh");
    assertThat(transcript.translators()).isEmpty();
    assertThat(transcript.body()).isEqualTo(
        "外交部：\n\n苏联外交部远东司司长今日约见我使馆参赞，谈及停战谈判问题。他表示苏方认为谈判应尽快结束。\n\n驻苏使馆\n1953年7月3日");
    assertThat(doc.summary()).contains(
        "The Chinese Embassy in Moscow reports that the Soviet Foreign Ministry wants the armistice talks concluded soon.");
  }

  @Test
  void listsParticipantsOfConversationAsMentionedNotAsWriters() {
    Document doc = Pages.readOurs("memorandum-of-conversation.txt");
    assertThat(doc.type()).contains("memorandum of conversation");
    assertThat(doc.creators()).isEmpty();
    assertThat(doc.recipients()).isEmpty();
    assertThat(doc.mentions().people()).containsExactly(AgentRef.person("Mao Zedong"), AgentRef.person("Nikita Khrushchev"));
    assertThat(doc.classification()).contains("TOP SECRET");
  }

  @Test
  void splitsTranslatorsCreditedForCwihp() {
    Document doc = Pages.readOurs("memorandum-of-conversation.txt");
    assertThat(doc.texts()).singleElement().satisfies(text ->
        assertThat(text.translators()).containsExactly(AgentRef.person("Elena Markova"), AgentRef.person("David P. Ross")));
    assertThat(doc.sources()).containsExactly(ReferenceParser.parse("APRF, f. 52, op. 1, d. 499, ll. 1-33"));
  }

  @Test
  void readsLetterFromWriterToAddressee() {
    Document doc = Pages.readOurs("letter-from-to.txt");
    assertThat(doc.type()).contains("letter");
    assertThat(doc.creators()).containsExactly(AgentRef.person("Mao Zedong"));
    assertThat(doc.recipients()).containsExactly(AgentRef.person("Stalin"));
    assertThat(doc.dateline()).isEqualTo(new Dateline(
        Optional.of("Moscow, 14 January 1950"), Optional.of(PlaceRef.named("Moscow")), Optional.empty()));
    assertThat(doc.funders()).containsExactly("Leon Levy Foundation");
  }

  @Test
  void takesNoNumberFromRunningProse() {
    assertThat(Pages.readOurs("letter-from-to.txt").identifiers()).isEmpty();
  }

  @Test
  void readsSeveralSourcesAndTranslatorAfterObtainedBy() {
    Document doc = Pages.readOurs("letter-from-to.txt");
    assertThat(doc.sources()).containsExactly(
        ReferenceParser.parse("APRF, f. 45, op. 1, d. 334, ll. 5-6"),
        ReferenceParser.parse("RGASPI, f. 558, op. 11, d. 334, l. 7"));
    assertThat(doc.texts()).singleElement().satisfies(text ->
        assertThat(text.translators()).containsExactly(AgentRef.person("Sarah Kim")));
  }

  @Test
  void readsEveryLabelledBlock() {
    Document doc = Pages.readOurs("every-label.txt");
    assertThat(doc.type()).contains("ciphered telegram");
    assertThat(doc.uploaded()).contains(Instant.parse("2019-11-08T00:00:00Z"));
    assertThat(doc.languages()).containsExactly("ru");
    assertThat(doc.externalIds()).containsExactly(new ExternalId("Wilson Center Digital Archive", "300912"));
    assertThat(doc.classification()).contains("Strictly Secret");
    assertThat(doc.subjects()).containsExactly("Iran--Foreign relations--Soviet Union", "United Nations. Security Council");
    assertThat(doc.mentions()).isEqualTo(new Mentions(
        List.of(AgentRef.person("Gromyko, Andrei, 1909-1989"), AgentRef.person("Molotov, Vyacheslav Mikhailovich, 1890-1986")),
        List.of(AgentRef.organisation("United Nations. Security Council")),
        List.of(PlaceRef.named("Iran"), PlaceRef.named("Azerbaijan (Iran)"))));
    assertThat(doc.creators()).containsExactly(AgentRef.person("Gromyko, Andrei, 1909-1989"));
    assertThat(doc.recipients()).containsExactly(AgentRef.person("Molotov"));
    assertThat(doc.collections()).containsExactly(
        CollectionRef.titled("Iran and the Soviet Union"), CollectionRef.titled("The Iran Crisis of 1946"));
    assertThat(doc.funders()).containsExactly("MacArthur Foundation", "Blavatnik Family Foundation");
    assertThat(doc.identifiers()).containsExactly("No. 123");
    assertThat(doc.summary()).contains("A. A. Gromyko proposes to object to Iran's request to keep the Azerbaijan "
        + "question on the agenda of the Security Council.");
    assertThat(doc.rights().orElseThrow().statement()).isEqualTo(SeedPageTest.RIGHTS);
  }

  @Test
  void readsShortLabelsForPeopleAndPlacesAndTheFunderLineAfterTheCollections() {
    Document doc = Pages.readOurs("short-labels-no-top-funder.txt");
    assertThat(doc.subjects()).containsExactly("Sino-Soviet Relations");
    assertThat(doc.mentions().people()).contains(
        AgentRef.person("Khrushchev, Nikita Sergeevich, 1894-1971"), AgentRef.person("Mao, Zedong, 1893-1976"));
    assertThat(doc.mentions().places()).containsExactly(PlaceRef.named("Beijing (China)"), PlaceRef.named("Taiwan Strait"));
    assertThat(doc.collections()).containsExactly(CollectionRef.titled("Sino-Soviet Relations"));
    assertThat(doc.funders()).containsExactly("Henry Luce Foundation");
  }

  @Test
  void givesTheOriginalArchiveToReferenceThatNamesNone() {
    Document doc = Pages.readOurs("every-label.txt");
    ArchivalReference parsed = ReferenceParser.parse("f. 059, op. 28, p. 4, d. 11, l. 33");
    assertThat(doc.sources()).containsExactly(new ArchivalReference(parsed.asWritten(),
        Optional.of("Archive of Foreign Policy of the Russian Federation"), parsed.system(), parsed.levels()));
  }

  @Test
  void matchesTabBarToTextsByScript() {
    Document doc = Pages.readOurs("every-label.txt");
    assertThat(doc.texts()).extracting(Text::kind, Text::language)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(TextKind.TRANSLATION, "en"),
            org.assertj.core.groups.Tuple.tuple(TextKind.TRANSCRIPTION, "ru"));
    assertThat(doc.texts().get(0).translators()).containsExactly(AgentRef.person("Maria Lopez"));
    assertThat(doc.texts().get(0).body()).isEqualTo("New York, 12 May 1946\n\nThe delegation of Iran asked today "
        + "that the question of Azerbaijan remain on the agenda of the Council. I propose to object [to this].");
    assertThat(doc.texts().get(1).body()).isEqualTo("Нью-Йорк, 12 мая 1946 г.\n\nДелегация Ирана просила сегодня "
        + "оставить вопрос об Азербайджане в повестке дня Совета. Предлагаю возражать [против этого].");
    assertThat(doc.dateline().place()).contains(PlaceRef.named("New York"));
  }

  @Test
  void findsDocumentInformationByItsLabelsWhenItsHeadingIsLost() {
    Document doc = Pages.readOurs("minutes-without-heading.txt");
    assertThat(doc.type()).contains("minutes");
    assertThat(doc.creators()).isEmpty();
    assertThat(doc.mentions().organisations()).containsExactly(AgentRef.organisation("CPSU CC Presidium"));
    assertThat(doc.summary()).contains(
        "The CPSU CC Presidium discusses the Ministry of Agriculture and a reply to the Iranian government.");
    assertThat(doc.sources()).containsExactly(ReferenceParser.parse("RGANI, f. 3, op. 12, d. 1009, ll. 40-41"));
    assertThat(doc.rights().orElseThrow().statement()).isEqualTo(SeedPageTest.RIGHTS);
    assertThat(doc.externalIds()).containsExactly(new ExternalId("Wilson Center Digital Archive", "119312"));
    assertThat(doc.funders()).containsExactly("MacArthur Foundation");
    assertThat(doc.dateline().time()).contains("18:30");
    assertThat(doc.texts()).singleElement().satisfies(text -> assertThat(text.body())
        .startsWith("Present: Bulganin").endsWith("within three days.\n\n18:30"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "report-record-id-uploaded.txt", "russian-transcript.txt", "cable-several-funders.txt",
      "memorandum-of-conversation.txt", "letter-from-to.txt", "every-label.txt", "minutes-without-heading.txt"})
  void carriesNoPageFurniture(String page) {
    String record = Pages.readOurs(page).toString();
    assertThat(List.of("Skip to content", "Document Information", "Record ID", "Original Uploaded Date",
        "Original Scan", "Transcript - ", "Translation - ", "Download", "Home / ", "Theme(s)", "Donor(s)"))
        .allSatisfy(words -> assertThat(record).doesNotContain(words));
    assertThat(Pages.readOurs(page).provenance()).contains("imported from Digital Archive page text, file \"" + page + "\"");
  }
}

package org.opis.ingest.pagetext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.opis.authority.AgentRef;
import org.opis.authority.PlaceRef;
import org.opis.date.DateParser;
import org.opis.marks.MarkReader;
import org.opis.problem.Location;
import org.opis.record.Dateline;
import org.opis.record.Document;
import org.opis.record.Mentions;
import org.opis.record.Text;
import org.opis.record.TextKind;
import org.opis.record.Visibility;
import org.opis.reference.ReferenceParser;

/** The real seed page (the Stalin telegram of 16 November 1920) read field by field. */
class SeedPageTest {
  static final String BODY = """
      MOSCOW, only to LENIN and the TsEKA [Central Committee]

      Vladikavkaz, 16 November

      Matters in Persia: First, it is finally clear that Kuchuk-Khan, being with us, was at the same \
      time in correspondence with the Shah’s government; however, he thought that we had already \
      become aware of his relations with the Shah’s government, fled into the forest, and there \
      [Ehsanullah], an honest person deserving of trust, is occupying Kuchuk-Khan’s place in Rasht; \
      in the event of the conclusion of peace with the Shah’s government [Ehsanullah] requests that \
      amnesty be pronounced to the Persians fighting in our ranks, but [that] he himself be given an \
      opportunity to leave for Russia (he has a secondary education and speaks French). \
      Kuchuk-Khan’s delegates in Moscow ought to be shown the door as suspicious people. Second, the \
      composition of the Iranian Communist Party CC had to be revamped; the old Persian \
      revolutionary Zeydar-Khan and the Persian Baku workers have been brought in instead of \
      Sultan-Zade and some other members. A directive has been issued to shift the center of work \
      to Tabriz, as the most revolutionary province. Third, only a bourgeois revolution, relying on \
      the middle classes with the slogan “Kick the English out of Persia” is possible in Persia,, \
      forming a single republican Persian state now broken into independent khanates with \
      numerous customs cordons [kordony], the convening of the Majlis (the founding place) with \
      general and equal suffrage, the formation of a national army (where sovietists [SIC] should \
      be approved first of all), and an improvement of the peasants’ situation at the expense of \
      the khans. Appropriate instructions have been given to the Iranian Communists. Nº 176/s.

      16 November 17-5

      [the handwritten original follows, followed by “[rst]. 208 16 November 17-5 [illegible \
      word/name]” with a telegram tape glued below: “The military [voyen - SIC] received your note. \
      Politk Perepepilisina???? [SIC]”""";
  static final String RIGHTS = "The History and Public Policy Program welcomes reuse of Digital Archive "
      + "materials for research and educational purposes. Some documents may be subject to copyright, which "
      + "is retained by the rights holders in accordance with US and international copyright laws. When "
      + "possible, rights holders have been contacted for permission to reproduce their materials.\n\n"
      + "To enquire about this document's rights status or request permission for commercial use, please "
      + "contact the History and Public Policy Program at [email\u00a0protected].";

  static Document seed;

  @BeforeAll
  static void readSeed() {
    seed = PageTextReader.read(Pages.seed(), Pages.SEED);
  }

  @Test
  void readsTitleAsWritten() {
    assertThat(seed.title()).isEqualTo("Telegram, Stalin to LENIN and the TsEKA [Central Committee]");
    assertThat(seed.id()).isEmpty();
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"16 novembre 1920", "16 ноября 1920 г.", "16. November 1920",
      "16 листопада 1920"})
  void readsTheDateLineInEveryLanguageTheDateReaderKnows(String written) {
    Document page = PageTextReader.read(Pages.seed().replaceFirst("November 16, 1920", written), "page.txt");

    assertThat(page.date().orElseThrow().edtf()).isEqualTo("1920-11-16");
    assertThat(page.title()).isEqualTo("Telegram, Stalin to LENIN and the TsEKA [Central Committee]");
  }

  @Test
  void readsDateWithTheDateParser() {
    assertThat(seed.date()).contains(DateParser.parse("November 16, 1920", Location.NOWHERE));
    assertThat(seed.date().orElseThrow().edtf()).isEqualTo("1920-11-16");
  }

  @Test
  void takesTypeFromTitle() {
    assertThat(seed.type()).contains("telegram");
  }

  @Test
  void takesWriterAndAddresseesFromTitle() {
    assertThat(seed.creators()).containsExactly(AgentRef.person("Stalin"));
    assertThat(seed.recipients()).containsExactly(
        AgentRef.person("Lenin"), AgentRef.organisation("TsEKA (Central Committee)"));
  }

  @Test
  void findsDatelineAndTimeOfDispatch() {
    assertThat(seed.dateline()).isEqualTo(new Dateline(
        java.util.Optional.of("Vladikavkaz, 16 November"),
        java.util.Optional.of(PlaceRef.named("Vladikavkaz")),
        java.util.Optional.of("17:05")));
  }

  @Test
  void keepsTranslationParagraphsAsWrittenOneBlankLineApart() {
    assertThat(seed.texts()).hasSize(1);
    Text text = seed.texts().get(0);
    assertThat(text.kind()).isEqualTo(TextKind.TRANSLATION);
    assertThat(text.language()).isEqualTo("en");
    assertThat(text.translators()).containsExactly(AgentRef.person("Gary Goldberg"));
    assertThat(text.body()).isEqualTo(BODY);
    assertThat(text.marks()).isEqualTo(MarkReader.read(BODY));
  }

  @Test
  void takesSummaryFromLastParagraphBeforeDocumentInformation() {
    assertThat(seed.summary()).contains("I. V. Stalin discusses Kuchuk Khan's past correspondence with the Shah "
        + "of Iran, his replacement in the Gilan province by Communist leader Ehsanullah, and the limited "
        + "possibilities for revolution in Iran.");
  }

  @Test
  void citesTheReferenceWithoutTranslatorOrFullStop() {
    assertThat(seed.sources()).containsExactly(ReferenceParser.parse("RGASPI, f. 558, op. 11, d. 317, ll. 0001-0003"));
  }

  @Test
  void findsNumberWrittenOnTheTelegram() {
    assertThat(seed.identifiers()).containsExactly("Nº 176/s");
  }

  @Test
  void joinsRightsParagraphs() {
    assertThat(seed.rights()).isPresent();
    assertThat(seed.rights().get().statement()).isEqualTo(RIGHTS);
    assertThat(seed.rights().get().uri()).isEmpty();
  }

  @Test
  void namesEachFunderOnce() {
    assertThat(seed.funders()).containsExactly("MacArthur Foundation", "Blavatnik Family Foundation");
  }

  @Test
  void leavesEmptyLabelsEmpty() {
    assertThat(seed.externalIds()).isEmpty();
    assertThat(seed.uploaded()).isEmpty();
    assertThat(seed.classification()).isEmpty();
    assertThat(seed.languages()).isEmpty();
    assertThat(seed.mentions()).isEqualTo(Mentions.NONE);
    assertThat(seed.subjects()).isEmpty();
    assertThat(seed.collections()).isEmpty();
    assertThat(seed.attachments()).isEmpty();
    assertThat(seed.related()).isEmpty();
    assertThat(seed.modified()).isEmpty();
    assertThat(seed.visibility()).isEqualTo(Visibility.PUBLIC);
  }

  @Test
  void recordsWhereItCameFrom() {
    assertThat(seed.provenance())
        .contains("imported from Digital Archive page text, file \"wilson-center-telegram-1920-11-16.txt\"");
  }

  @Test
  void carriesNoPageFurnitureInAnyField() {
    List<String> furniture = List.of("Skip to content", "Document Information", "Record ID", "Original Uploaded Date");
    assertThat(furniture).allSatisfy(words -> assertThat(seed.toString()).doesNotContain(words));
  }
}

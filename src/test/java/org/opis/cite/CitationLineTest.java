package org.opis.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opis.authority.AgentRef;
import org.opis.date.Calendar;
import org.opis.date.DocumentDate;
import org.opis.record.Document;
import org.opis.record.Text;
import org.opis.record.TextKind;
import org.opis.reference.ArchivalReference;

class CitationLineTest {
  private static final String PERMALINK = "https://archive.example/documents/1";
  private static final DocumentDate NOVEMBER_16 = new DocumentDate(
      "November 16, 1920", "1920-11-16", LocalDate.of(1920, 11, 16), LocalDate.of(1920, 11, 16),
      Calendar.GREGORIAN, false);
  private static final ArchivalReference RGASPI =
      ArchivalReference.unstructured("RGASPI, f. 558, op. 11, d. 317, ll. 0001-0003");

  @Test
  void citesTheSeedTelegramAsTheWilsonCenterDoes() {
    Document telegram = Document.titled("Telegram, Stalin to LENIN and the TsEKA [Central Committee]")
        .date(NOVEMBER_16)
        .sources(List.of(RGASPI))
        .texts(List.of(translation("en", "Gary Goldberg")))
        .build();

    assertThat(CitationLine.of(telegram, "Opis", PERMALINK).text()).isEqualTo(
        "\"Telegram, Stalin to LENIN and the TsEKA [Central Committee],\" November 16, 1920, RGASPI, f. 558,"
            + " op. 11, d. 317, ll. 0001-0003. Translated by Gary Goldberg. Opis, " + PERMALINK);
  }

  @Test
  void endsADateWrittenWithItsOwnStopWithOneStop() {
    Document oldStyle = Document.titled("Note on Persia")
        .date(org.opis.date.DateParser.parse("3 March 1918 O.S.", org.opis.problem.Location.NOWHERE)).build();

    assertThat(CitationLine.of(oldStyle, "Opis", PERMALINK).text())
        .isEqualTo("\"Note on Persia,\" 3 March 1918 O.S. Opis, " + PERMALINK);
  }

  @Test
  void leavesOutTheDateWhenThereIsNone() {
    Document undated = Document.titled("Note on Persia").sources(List.of(RGASPI)).build();

    assertThat(CitationLine.of(undated, "Opis", PERMALINK).text()).isEqualTo(
        "\"Note on Persia,\" RGASPI, f. 558, op. 11, d. 317, ll. 0001-0003. Opis, " + PERMALINK);
  }

  @Test
  void leavesOutTheReferenceWhenTheOriginalsPlaceIsUnknown() {
    Document unplaced = Document.titled("Note on Persia").date(NOVEMBER_16).build();

    assertThat(CitationLine.of(unplaced, "Opis", PERMALINK).text())
        .isEqualTo("\"Note on Persia,\" November 16, 1920. Opis, " + PERMALINK);
  }

  @Test
  void closesTheTitleWithAFullStopWhenNothingFollowsIt() {
    Document bare = Document.titled("Note on Persia").build();

    assertThat(CitationLine.of(bare, "Digital Archive", PERMALINK).text())
        .isEqualTo("\"Note on Persia.\" Digital Archive, " + PERMALINK);
  }

  @Test
  void keepsATitlesOwnQuestionMarkWithoutAddingAComma() {
    Document question = Document.titled("Who rules Gilan?").date(NOVEMBER_16).build();

    assertThat(CitationLine.of(question, "Opis", PERMALINK).text())
        .isEqualTo("\"Who rules Gilan?\" November 16, 1920. Opis, " + PERMALINK);
  }

  @Test
  void doesNotDoubleTheFullStopOfAReferenceEndingInOne() {
    Document d = Document.titled("Report").sources(List.of(ArchivalReference.unstructured("TNA, FO 371/12345."))).build();

    assertThat(CitationLine.of(d, "Opis", PERMALINK).text()).isEqualTo("\"Report,\" TNA, FO 371/12345. Opis, " + PERMALINK);
  }

  @Test
  void joinsSeveralReferencesAndTranslatorsAsProse() {
    Document d = Document.titled("Minutes")
        .sources(List.of(RGASPI, ArchivalReference.unstructured("AVP RF, f. 94, op. 1")))
        .texts(List.of(translation("en", "Gary Goldberg", "Sergey Radchenko"), translation("de", "Anna Weber"),
            translation("fr", "Gary Goldberg")))
        .build();

    assertThat(CitationLine.of(d, "Opis", PERMALINK).text()).isEqualTo(
        "\"Minutes,\" RGASPI, f. 558, op. 11, d. 317, ll. 0001-0003, AVP RF, f. 94, op. 1. Translated by Gary"
            + " Goldberg, Sergey Radchenko, and Anna Weber. Opis, " + PERMALINK);
  }

  @Test
  void namesTwoTranslatorsWithAnd() {
    Document d = Document.titled("Minutes").texts(List.of(translation("en", "A. Smith", "B. Jones"))).build();

    assertThat(CitationLine.of(d, "Opis", PERMALINK).text())
        .isEqualTo("\"Minutes.\" Translated by A. Smith and B. Jones. Opis, " + PERMALINK);
  }

  @Test
  void creditsNoTranslatorForATranscription() {
    Text transcript = new Text(TextKind.TRANSCRIPTION, "ru", List.of(AgentRef.person("Typist")), "Текст", List.of());
    Document d = Document.titled("Telegram").texts(List.of(transcript)).build();

    CitationLine line = CitationLine.of(d, "Opis", PERMALINK);

    assertThat(line.translators()).isEmpty();
    assertThat(line.dateAsWritten()).isEqualTo(Optional.empty());
    assertThat(line.text()).isEqualTo("\"Telegram.\" Opis, " + PERMALINK);
  }

  private static Text translation(String language, String... translators) {
    return new Text(TextKind.TRANSLATION, language, List.of(translators).stream().map(AgentRef::person).toList(),
        "text", List.of());
  }
}

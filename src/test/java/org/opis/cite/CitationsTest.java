package org.opis.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The seed telegram in Chicago, MLA and APA, as citeproc-java writes them from the official styles. */
class CitationsTest {
  private static final Citations CITATIONS = new Citations();
  private static final String TITLE = "Telegram, Stalin to LENIN and the TsEKA [Central Committee]";
  private static final String PERMALINK = SeedTelegram.PERMALINK;

  private static Map<CitationStyle, Citation> seed() {
    return CITATIONS.format(SeedTelegram.citable()).stream()
        .collect(Collectors.toMap(Citation::style, Function.identity()));
  }

  @Test
  void keepsTheCaseOfATitleInRussianInEveryStyle() {
    String title = "Телеграмма Сталина Ленину о положении в Персии";
    org.opis.record.Document telegram = org.opis.record.Document.titled(title)
        .id(new org.opis.record.DocumentId("5")).languages(List.of("ru", "en"))
        .texts(List.of(new org.opis.record.Text(org.opis.record.TextKind.TRANSLATION, "en",
            List.of(org.opis.authority.AgentRef.person("Gary Goldberg")), "Text.", List.of())))
        .build();
    Citable citable = Citable.of(telegram, SeedTelegram.EDITION);

    assertThat(citable.language()).contains("ru");
    for (Citation c : CITATIONS.format(citable)) {
      assertThat(c.bibliography()).as(c.style().label()).contains(title);
    }
  }

  @Test
  void givesAnOldStyleDateAsWrittenBesideItsGregorianDayInEveryStyle() {
    org.opis.record.Document minutes = org.opis.record.Document.titled("Minutes of the Sovnarkom")
        .id(new org.opis.record.DocumentId("6"))
        .date(org.opis.date.DateParser.parse("3 March 1918 O.S.", org.opis.problem.Location.NOWHERE)).build();
    Citable citable = Citable.of(minutes, SeedTelegram.EDITION);

    for (Citation c : CITATIONS.format(citable)) {
      assertThat(c.bibliography()).as(c.style().label()).contains("3 March 1918 O.S.").contains("16 March 1918");
    }
    assertThat(Ris.record(citable)).contains("DA  - 1918/03/16/3 March 1918 O.S.");
  }

  @Test
  void leadsWithTheTitleOfADocumentNoOneIsNamedAsWritingAndNamesItsTranslatorsAfterIt() {
    org.opis.record.Document minutes = org.opis.record.Document.titled("Minutes of the Meeting of the Politburo")
        .id(new org.opis.record.DocumentId("7")).type("minutes")
        .date(org.opis.date.DateParser.parse("16 November 1920", org.opis.problem.Location.NOWHERE))
        .texts(List.of(new org.opis.record.Text(org.opis.record.TextKind.TRANSLATION, "en",
            List.of(org.opis.authority.AgentRef.person("Gary Goldberg"), org.opis.authority.AgentRef.person("Zhang Qian")),
            "Text.", List.of())))
        .build();
    Citable citable = Citable.of(minutes, SeedTelegram.EDITION);
    Map<CitationStyle, Citation> cited = CITATIONS.format(citable).stream()
        .collect(Collectors.toMap(Citation::style, Function.identity()));

    assertThat(cited.get(CitationStyle.CHICAGO).note()).startsWith("\u201cMinutes of the Meeting of the Politburo,\u201d")
        .contains("November 16, 1920, translated by Gary Goldberg and Zhang Qian,");
    assertThat(cited.get(CitationStyle.CHICAGO).bibliography()).startsWith("\u201cMinutes of the Meeting")
        .contains("Translated by Gary Goldberg and Zhang Qian.");
    assertThat(cited.get(CitationStyle.MLA).bibliography()).startsWith("\u201cMinutes of the Meeting")
        .contains("Translated by Gary Goldberg and Zhang Qian");
    assertThat(cited.get(CitationStyle.APA).bibliography()).startsWith("Minutes of the Meeting of the Politburo.")
        .contains("Translated by Gary Goldberg and Zhang Qian");
    // reference managers still get them as translators
    assertThat(CslItem.json(citable)).contains("\"translator\"").contains("Goldberg").doesNotContain("medium");
  }

  @Test
  void citesASeasonAsWrittenInEveryStyle() {
    org.opis.record.Document report = org.opis.record.Document.titled("Report on the harvest")
        .id(new org.opis.record.DocumentId("8"))
        .date(org.opis.date.DateParser.parse("Spring 1955", org.opis.problem.Location.NOWHERE)).build();

    for (Citation c : CITATIONS.format(Citable.of(report, SeedTelegram.EDITION))) {
      assertThat(c.bibliography()).as(c.style().label()).contains("Spring 1955").doesNotContain("March");
    }
  }

  @Test
  void citesTheSeedTelegramInAChicagoNote() {
    assertThat(seed().get(CitationStyle.CHICAGO).note()).isEqualTo(
        "Stalin, \u201c" + TITLE + ",\u201d Telegram to Lenin and TsEKA (Central Committee), trans. Gary Goldberg,"
            + " Wilson Center Digital Archive, November 16, 1920, f. 558, op. 11, d. 317, ll. 0001-0003, RGASPI, "
            + PERMALINK + ".");
  }

  @Test
  void citesTheSeedTelegramInAChicagoBibliography() {
    assertThat(seed().get(CitationStyle.CHICAGO).bibliography()).isEqualTo(
        "Stalin. \u201c" + TITLE + ".\u201d Telegram to Lenin and TsEKA (Central Committee). Translated by Gary"
            + " Goldberg. Wilson Center Digital Archive, November 16, 1920. F. 558, op. 11, d. 317, ll. 0001-0003."
            + " RGASPI. " + PERMALINK + ".");
  }

  @Test
  void citesTheSeedTelegramInMla() {
    Citation mla = seed().get(CitationStyle.MLA);
    assertThat(mla.bibliography()).isEqualTo(
        "Stalin. \u201c" + TITLE + ".\u201d Telegram. Translated by Gary Goldberg, Wilson Center Digital Archive,"
            + " 16 Nov. 1920, RGASPI, f. 558, op. 11, d. 317, ll. 0001-0003, " + PERMALINK + ".");
    assertThat(mla.note()).isEqualTo("(Stalin, \u201c" + TITLE + "\u201d)");
  }

  @Test
  void citesTheSeedTelegramInApa() {
    Citation apa = seed().get(CitationStyle.APA);
    assertThat(apa.bibliography()).isEqualTo(
        "Stalin. (1920, November 16). " + TITLE + " (G. Goldberg, Trans.) [Telegram to Lenin & TsEKA (Central"
            + " Committee)]. Wilson Center Digital Archive. RGASPI (f. 558, op. 11, d. 317, ll. 0001-0003). "
            + PERMALINK);
    assertThat(apa.note()).isEqualTo("(Stalin, 1920)");
  }

  @Test
  void putsAuthorTitleDateArchiveReferenceAndAddressInEachStylesOrder() {
    for (Citation c : seed().values()) {
      String entry = c.bibliography();
      assertThat(entry).as(c.style().label()).contains("Stalin", TITLE, "1920", "RGASPI", "op. 11, d. 317", "Goldberg",
          PERMALINK);
      assertThat(entry.indexOf("Stalin")).as(c.style().label()).isLessThan(entry.indexOf(TITLE));
      assertThat(entry.indexOf("RGASPI")).as(c.style().label()).isLessThan(entry.indexOf(PERMALINK));
      assertThat(entry).as(c.style().label()).doesNotContain(", ,", ". .", "(;");
    }
  }

  @Test
  void leavesOutWhatTheRecordDoesNotHave() {
    Citable bare = Citable.of(org.opis.record.Document.titled("Note on Persia").id(new org.opis.record.DocumentId("7"))
        .build(), SeedTelegram.EDITION);

    for (Citation c : CITATIONS.format(bare)) {
      assertThat(c.bibliography()).as(c.style().label()).contains("Note on Persia", PERMALINK)
          .doesNotContain(", ,", ". .", "()", "null");
    }
  }

  @Test
  void formatsTheSameFromManyThreadsAtOnce() throws Exception {
    Citable seed = SeedTelegram.citable();
    List<Citation> alone = CITATIONS.format(seed);
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Citation>>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        results.add(threads.submit(() -> CITATIONS.format(seed)));
      }
      for (Future<List<Citation>> result : results) {
        assertThat(result.get()).isEqualTo(alone);
      }
    } finally {
      threads.shutdown();
    }
  }

  // a measurement for the README, not a test of speed: printed, never asserted
  @Test
  void measuresFormattingOnceTheStylesAreRead() {
    Citable seed = SeedTelegram.citable();
    Citations fresh = new Citations();
    long start = System.nanoTime();
    fresh.format(seed);
    long first = System.nanoTime() - start;
    int rounds = 200;
    start = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      // a new day of reading each time, so that none is remembered
      fresh.format(new Citable(seed.key(), seed.title(), seed.genre(), seed.correspondence(), seed.authors(),
          seed.recipients(), seed.translators(), seed.issued(), seed.archive(), seed.archiveLocation(),
          new Edition(seed.edition().archiveName(), seed.edition().permalink(), seed.edition().accessed().plusDays(i)),
          seed.language(), seed.summary(), seed.collections(), seed.subjects()));
    }
    long each = (System.nanoTime() - start) / rounds;
    System.out.printf("three styles: first document %d ms (reading the styles), then %.2f ms a document%n",
        first / 1_000_000, each / 1_000_000.0);
    assertThat(fresh.format(seed)).hasSize(3);
  }
}

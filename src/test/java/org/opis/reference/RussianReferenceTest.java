package org.opis.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RussianReferenceTest {
  @Test
  void readsTheSeedPagesReference() throws IOException {
    Path seed = Path.of(System.getProperty("opis.shared"), "seed", "wilson-center-telegram-1920-11-16.txt");
    String line = Files.readAllLines(seed, StandardCharsets.UTF_8).stream()
        .filter(l -> l.startsWith("RGASPI")).findFirst().orElseThrow();
    assertThat(line).isEqualTo("RGASPI, f. 558, op. 11, d. 317, ll. 0001-0003. Translated by Gary Goldberg.");
    ArchivalReference r = ReferenceParser.parse(line);
    assertThat(r.asWritten()).isEqualTo(line);
    assertThat(r.system()).isEqualTo(ReferenceSystem.RUSSIAN);
    assertThat(r.repository()).contains("RGASPI");
    assertThat(Levels.of(r)).containsExactly("fond 558", "opis 11", "delo 317", "listy 1-3");
  }

  @Test
  void readsFondOpisDeloAndFoliosWithoutTheirLeadingZeros() {
    ArchivalReference r = ReferenceParser.parse("RGASPI, f. 558, op. 11, d. 317, ll. 0001-0003");
    assertThat(r.repository()).contains("RGASPI");
    assertThat(Levels.of(r)).containsExactly("fond 558", "opis 11", "delo 317", "listy 1-3");
    assertThat(r.level("delo")).contains("317");
  }

  @Test
  void readsASingleFolioAsList() {
    assertThat(Levels.of(ReferenceParser.parse("RGASPI, f. 17, op. 3, d. 5, l. 5")))
        .containsExactly("fond 17", "opis 3", "delo 5", "list 5");
  }

  @Test
  void keepsTheVersoOfFolios() {
    assertThat(Levels.of(ReferenceParser.parse("RGASPI, f. 17, op. 3, d. 5, ll. 5-7 ob.")))
        .containsExactly("fond 17", "opis 3", "delo 5", "listy 5-7 ob.");
    assertThat(ReferenceParser.parse("GARF, f. 5446, op. 1, d. 12, l. 03 ob.").level("list")).contains("3 ob.");
  }

  @Test
  void readsPAsPapka() {
    ArchivalReference r = ReferenceParser.parse("APRF, f. 3, op. 65, p. 12, d. 3");
    assertThat(Levels.of(r)).containsExactly("fond 3", "opis 65", "papka 12", "delo 3");
  }

  @Test
  void readsCapitalisedLabels() {
    ArchivalReference r = ReferenceParser.parse("F. 5, Op. 30, D. 163, Ll. 1-3");
    assertThat(r.system()).isEqualTo(ReferenceSystem.RUSSIAN);
    assertThat(r.repository()).isEmpty();
    assertThat(Levels.of(r)).containsExactly("fond 5", "opis 30", "delo 163", "listy 1-3");
  }

  @Test
  void readsLabelsSpelledOut() {
    assertThat(Levels.of(ReferenceParser.parse("fond 5, opis 30, delo 163, listy 1-3")))
        .containsExactly("fond 5", "opis 30", "delo 163", "listy 1-3");
  }

  @Test
  void readsCyrillicLabelsIntoTransliteratedUnits() {
    ArchivalReference r = ReferenceParser.parse("ГАРФ, ф. Р-5446, оп. 1, д. 12, л. 3");
    assertThat(r.system()).isEqualTo(ReferenceSystem.RUSSIAN);
    assertThat(r.repository()).contains("ГАРФ");
    assertThat(Levels.of(r)).containsExactly("fond Р-5446", "opis 1", "delo 12", "list 3");
  }

  @Test
  void readsFullStopsBetweenLevelsAsRussianPublicationsWriteThem() {
    ArchivalReference r = ReferenceParser.parse("РГАСПИ. Ф. 17. Оп. 3. Д. 5. Л. 1.");
    assertThat(r.repository()).contains("РГАСПИ");
    assertThat(Levels.of(r)).containsExactly("fond 17", "opis 3", "delo 5", "list 1");
  }

  @Test
  void readsFondNumbersWithLetters() {
    assertThat(Levels.of(ReferenceParser.parse("GARF, f. R-9401, op. 2, d. 64, ll. 9-11")))
        .containsExactly("fond R-9401", "opis 2", "delo 64", "listy 9-11");
  }

  @Test
  void keepsTheLeadingZerosOfFondsButNotOfFolios() {
    ArchivalReference r = ReferenceParser.parse("AVP RF, f. 0100, op. 46, p. 362, d. 12, l. 1-3");
    assertThat(r.repository()).contains("AVP RF");
    assertThat(Levels.of(r)).containsExactly("fond 0100", "opis 46", "papka 362", "delo 12", "listy 1-3");
  }

  @Test
  void readsTheForeignPolicyArchivesPorAndPap() {
    ArchivalReference r = ReferenceParser.parse(
        "Archive of Foreign Policy of the Russian Federation (AVP RF), Moscow, f. 07, op. 23a, por. 18, pap. 235, d. 5, l. 12.");
    assertThat(r.repository()).contains("Archive of Foreign Policy of the Russian Federation (AVP RF), Moscow");
    assertThat(Levels.of(r)).containsExactly(
        "fond 07", "opis 23a", "poryadkovyi nomer 18", "papka 235", "delo 5", "list 12");
  }

  @Test
  void keepsARepositoryNameAsWritten() {
    ArchivalReference r = ReferenceParser.parse(
        "Archive of the President of the Russian Federation (APRF), f. 3, op. 65, d. 3, ll. 1-5");
    assertThat(r.repository()).contains("Archive of the President of the Russian Federation (APRF)");
    assertThat(Levels.of(r)).containsExactly("fond 3", "opis 65", "delo 3", "listy 1-5");
  }

  @Test
  void leavesUnstructuredWhatItCannotReadWhole() {
    for (String s : new String[] {"RGASPI, f. 558, op. 11, copy 2", "RGASPI, f. 558", "d. 317, f. 558",
        "RGASPI, op. 11, d. 317", "f. 558, op. 11, op. 12", "RGASPI, f. 558, op. 11, d. 317. see also f. 17",
        "Reel 3, f. 558, op. 11"}) {
      ArchivalReference r = ReferenceParser.parse(s);
      assertThat(r.system()).as(s).isEqualTo(ReferenceSystem.UNSTRUCTURED);
      assertThat(r.levels()).as(s).isEmpty();
      assertThat(r.asWritten()).isEqualTo(s);
    }
    assertThat(ReferenceParser.parse("RGASPI, f. 558").repository()).contains("RGASPI");
  }
}

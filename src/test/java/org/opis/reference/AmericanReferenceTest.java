package org.opis.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AmericanReferenceTest {
  @Test
  void readsRecordGroupSeriesBoxAndDecimalFile() {
    ArchivalReference r = ReferenceParser.parse("RG 59, Central Decimal File 1910–1929, Box 733, 103.93/644");
    assertThat(r.system()).isEqualTo(ReferenceSystem.NARA);
    assertThat(r.repository()).isEmpty();
    assertThat(Levels.of(r)).containsExactly(
        "record group 59", "series Central Decimal File 1910–1929", "box 733", "file 103.93/644");
  }

  @Test
  void readsRepositoryEntryBoxAndQuotedFolder() {
    ArchivalReference r = ReferenceParser.parse("National Archives, RG 59, Entry A1 5300, Box 12, Folder 'Iran 1953'");
    assertThat(r.repository()).contains("National Archives");
    assertThat(Levels.of(r)).containsExactly("record group 59", "entry A1 5300", "box 12", "folder Iran 1953");
  }

  @Test
  void keepsASeriesOfSeveralPartsAsWritten() {
    ArchivalReference r = ReferenceParser.parse(
        "NARA, RG 84, Records of Foreign Service Posts, Iran, Tehran Embassy, Classified General Records 1953-55, Box 29");
    assertThat(r.repository()).contains("NARA");
    assertThat(Levels.of(r)).containsExactly("record group 84",
        "series Records of Foreign Service Posts, Iran, Tehran Embassy, Classified General Records 1953-55",
        "box 29");
  }

  @Test
  void readsARecordGroupAlone() {
    ArchivalReference r = ReferenceParser.parse("Record Group 218");
    assertThat(r.system()).isEqualTo(ReferenceSystem.NARA);
    assertThat(Levels.of(r)).containsExactly("record group 218");
  }

  @Test
  void readsAFileNumberBeforeTheBoxAndLeavesASentenceAfterIt() {
    ArchivalReference r = ReferenceParser.parse(
        "U.S. National Archives, RG 59, Central Decimal File, 1955-59, 788.00/1-1055, Box 4110. Secret.");
    assertThat(r.repository()).contains("U.S. National Archives");
    assertThat(Levels.of(r)).containsExactly("record group 59", "series Central Decimal File, 1955-59",
        "file 788.00/1-1055", "box 4110");
  }

  @Test
  void readsSubjectNumericFiles() {
    ArchivalReference r = ReferenceParser.parse("NARA, RG 59, Central Foreign Policy Files 1967-69, POL 15 IRAN");
    assertThat(Levels.of(r)).containsExactly(
        "record group 59", "series Central Foreign Policy Files 1967-69", "file POL 15 IRAN");
  }

  @Test
  void leavesUnstructuredAnUnlabelledPartAfterTheBox() {
    ArchivalReference r = ReferenceParser.parse("NARA, RG 59, Box 12, memorandum from Rusk to the President");
    assertThat(r.system()).isEqualTo(ReferenceSystem.UNSTRUCTURED);
    assertThat(r.levels()).isEmpty();
  }
}

package org.opis.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BritishReferenceTest {
  @Test
  void readsDepartmentSeriesAndPiece() {
    ArchivalReference r = ReferenceParser.parse("TNA FO 371/12345");
    assertThat(r.system()).isEqualTo(ReferenceSystem.TNA);
    assertThat(r.repository()).contains("TNA");
    assertThat(Levels.of(r)).containsExactly("department FO", "series 371", "piece 12345");
  }

  @Test
  void readsAFolioAfterThePiece() {
    ArchivalReference r = ReferenceParser.parse("The National Archives, Kew, FO 371/40950, f. 23");
    assertThat(r.repository()).contains("The National Archives, Kew");
    assertThat(Levels.of(r)).containsExactly("department FO", "series 371", "piece 40950", "folio 23");
  }

  @Test
  void readsThePublicRecordOfficeAndOtherDepartments() {
    ArchivalReference cab = ReferenceParser.parse("PRO, CAB 128/1");
    assertThat(cab.system()).isEqualTo(ReferenceSystem.TNA);
    assertThat(cab.repository()).contains("PRO");
    assertThat(Levels.of(cab)).containsExactly("department CAB", "series 128", "piece 1");
    ArchivalReference prem = ReferenceParser.parse("TNA, PREM 11/2345");
    assertThat(prem.repository()).contains("TNA");
    assertThat(Levels.of(prem)).containsExactly("department PREM", "series 11", "piece 2345");
  }

  @Test
  void readsTheItemAfterASecondSlash() {
    ArchivalReference r = ReferenceParser.parse("FO 371/12345/E1234");
    assertThat(r.system()).isEqualTo(ReferenceSystem.TNA);
    assertThat(r.repository()).isEmpty();
    assertThat(Levels.of(r)).containsExactly("department FO", "series 371", "piece 12345", "item E1234");
  }

  @Test
  void doesNotTakeAnotherArchivesSignatureForTna() {
    ArchivalReference r = ReferenceParser.parse("Bundesarchiv, NY 4090/472");
    assertThat(r.system()).isEqualTo(ReferenceSystem.UNSTRUCTURED);
    assertThat(r.repository()).contains("Bundesarchiv");
    assertThat(ReferenceParser.parse("Churchill Archives Centre, FO 800/12").system())
        .isEqualTo(ReferenceSystem.UNSTRUCTURED);
  }

  @Test
  void takesAWellKnownArchivesAcronymBeforeAFileNumberForTheRepository() {
    assertThat(ReferenceParser.parse("PRC FMA 109-00761-01, 1-3").repository()).contains("PRC FMA");
    assertThat(ReferenceParser.parse("SAPMO-BArch, NY 4090/463, Bl. 12-14").repository()).contains("SAPMO-BArch");
    assertThat(ReferenceParser.parse("BArch DY 30/3682").repository()).isEmpty();
    assertThat(ReferenceParser.parse("TNA 2019 catalogue").repository()).isEmpty();
  }
}

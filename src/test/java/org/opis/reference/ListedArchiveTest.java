package org.opis.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One archive, one name in lists, however references write it; other archives as written. */
class ListedArchiveTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "РГАСПИ                          | RGASPI",
      "rgaspi                          | RGASPI",
      "АВП РФ                          | AVP RF",
      "AVPRF                           | AVP RF",
      "ЦАМО                            | TsAMO",
      "TNA                             | The National Archives (UK)",
      "PRO                             | The National Archives (UK)",
      "Public Record Office            | The National Archives (UK)",
      "The National Archives, Kew      | The National Archives (UK)",
      "National Archives of Australia  | National Archives of Australia",
      "Kewanee Historical Society      | Kewanee Historical Society",
      "Bundesarchiv                    | Bundesarchiv",
  })
  void listsAnArchiveUnderOneName(String written, String listed) {
    assertThat(ArchivalReference.listedAs(written)).isEqualTo(listed);
  }
}

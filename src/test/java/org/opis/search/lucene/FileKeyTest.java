package org.opis.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opis.reference.ReferenceParser;

class FileKeyTest {

  private static Optional<String> key(String reference) {
    return FileKey.of(ReferenceParser.parse(reference));
  }

  @Test
  void keysARussianReferenceByRepositoryFondOpisAndDeloNotFolios() {
    assertThat(key("RGASPI, f. 558, op. 11, d. 317, ll. 0001-0003")).contains("russian|rgaspi|fond=558|opis=11|delo=317");
    assertThat(key("RGASPI, f. 558, op. 11, d. 317, l. 9")).isEqualTo(key("RGASPI, f. 558, op. 11, d. 317, ll. 1-3"));
    assertThat(key("GARF, f. 558, op. 11, d. 317, l. 9")).isNotEqualTo(key("RGASPI, f. 558, op. 11, d. 317, l. 9"));
  }

  @Test
  void keysTheSameRussianFileAlikeInCyrillicAndLatin() {
    assertThat(key("РГАСПИ, ф. 558, оп. 11, д. 317, л. 20")).isEqualTo(key("RGASPI, f. 558, op. 11, d. 317, ll. 1-3"));
    assertThat(key("АВП РФ, ф. 06, оп. 1, п. 2, д. 13, л. 5")).isEqualTo(key("AVP RF, f. 06, op. 1, p. 2, d. 13, l. 7"));
  }

  @Test
  void keepsThePapkaOfTheForeignPolicyArchive() {
    assertThat(key("AVP RF, f. 06, op. 1, p. 2, d. 13, l. 5")).isNotEqualTo(key("AVP RF, f. 06, op. 1, p. 3, d. 13, l. 5"));
  }

  @Test
  void knowsNoFileOfARussianReferenceWithoutDeloOrRepository() {
    assertThat(key("RGASPI, f. 558, op. 11")).isEmpty();
    assertThat(key("f. 558, op. 11, d. 317, l. 1")).isEmpty();
  }

  @Test
  void keysAnAmericanReferenceByTheSubjectFileNotTheDocumentNumber() {
    assertThat(key("RG 59, Central Decimal File 1910-1929, Box 733, 103.93/644"))
        .isEqualTo(key("National Archives, RG 59, Central Decimal File 1910-1929, Box 733, 103.93/650"))
        .isNotEqualTo(key("RG 59, Central Decimal File 1910-1929, Box 733, 103.94/650"));
    assertThat(key("RG 59, Central Decimal File 1910-1929")).isEmpty();
  }

  @Test
  void keysABritishReferenceByDepartmentSeriesAndPieceNotItemOrFolio() {
    assertThat(key("TNA FO 371/12345")).contains("tna||department=fo|series=371|piece=12345");
    assertThat(key("FO 371/12345/E1234, f. 23")).isEqualTo(key("TNA FO 371/12345"));
    assertThat(key("FO 371/12346")).isNotEqualTo(key("TNA FO 371/12345"));
  }

  @Test
  void keysALabelledReferenceOnlyWithItsRepository() {
    assertThat(key("Hoover Institution Archives, Box 3, Folder 12, page 4"))
        .isEqualTo(key("Hoover Institution Archives, Box 3, Folder 12"));
    assertThat(key("Box 3, Folder 12")).isEmpty();
  }

  @Test
  void knowsNoFileOfAnUnstructuredReference() {
    assertThat(key("Private collection of the author")).isEmpty();
  }
}

package org.opis.tei;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a dateline says a document was written, from the place names of the 1877 volume. */
class EditionDocumentTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "United States Consulate, Buenos Ayres | Buenos Ayres",
      "Department of State, Washington | Washington",
      "Legation of the United States, Santiago, Chili | Santiago, Chili",
      "United States Consulate, Chemnitz, Saxony | Chemnitz, Saxony",
      "Legation of the United States in Central America, Guatemala | Guatemala",
      "United States Consulate at Aspinwall | Aspinwall",
      "Argentine Legation in the United States, New York | New York",
      "Tehran | Tehran",
      "Nassau, N. P. | Nassau, N. P.",
      "Washington. | Washington"})
  void leavesTheWritingOfficeOutOfThePlace(String placeName, String place) {
    assertThat(EditionDocument.placeOf(placeName)).isEqualTo(place);
  }
}

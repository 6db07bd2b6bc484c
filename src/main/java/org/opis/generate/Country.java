package org.opis.generate;

import java.util.List;

/**
 * A country whose people and offices write synthetic documents, with what shapes a document
 * from there: its language, currency and capital, the secrecy markings and numbers its offices
 * wrote on their papers, and the codes under which the US State Department filed papers on it.
 *
 * @param language BCP 47 tag of the language its documents are written in
 * @param capitals place ids of its capital, with the years each was the capital
 * @param name its name in a US despatch series of 1900 ("Persia")
 * @param decimalBefore1950 its country code in the State Department's Central Decimal File to 1949
 * @param decimalFrom1950 the same from 1950
 * @param tag its tag in the State Department's Subject-Numeric files ("IRAN")
 */
record Country(
    String code,
    String language,
    String currency,
    List<Usage> capitals,
    String name,
    String decimalBefore1950,
    String decimalFrom1950,
    String tag,
    List<Usage> classifications,
    List<Template> identifiers) {

  /** The place id of its capital in {@code year}. */
  String capital(int year) {
    return capitals.stream().filter(c -> c.years().contain(year)).findFirst().orElse(capitals.get(0)).text();
  }

  /** The code its papers of {@code year} are filed under in the Central Decimal File. */
  String decimal(int year) {
    return year < 1950 ? decimalBefore1950 : decimalFrom1950;
  }
}

package org.opis.reference;

import java.util.Locale;

/** The convention an archival reference follows, which decides the names of its levels. */
public enum ReferenceSystem {
  /** Russian and Soviet archives: fond, opis, delo, listy (f. 558, op. 11, d. 317, ll. 1-3). */
  RUSSIAN,
  /** The US National Archives: record group, entry or series, box, file, folder. */
  NARA,
  /** The UK National Archives: department, series and piece (FO 371/12345). */
  TNA,
  /** Any other convention, recognised as a sequence of labelled levels. */
  LABELLED,
  /** Nothing recognised: the reference is kept as written only. */
  UNSTRUCTURED;

  /** The word used in the canonical JSON ("russian", "nara", ...). */
  public String term() {
    return name().toLowerCase(Locale.ROOT);
  }
}

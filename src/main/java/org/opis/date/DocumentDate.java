package org.opis.date;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a document was written, three ways at once: as the document or its editor wrote it, as
 * an EDTF string (the Library of Congress's Extended Date/Time Format, levels 0 and 1), and as
 * the earliest and latest Gregorian day it can be, which is what sorting and date filters use.
 *
 * @param asWritten the date exactly as written ("16 November 1920", "circa 1920", "[1920]",
 *     "3 March 1918 O.S.")
 * @param edtf the same date in EDTF, always in the Gregorian calendar ("1920-11-16", "1920~",
 *     "192X", "1920-11-16/1920-11-18")
 * @param earliest the first Gregorian day the date can mean
 * @param latest the last Gregorian day the date can mean; never before {@code earliest}
 * @param calendar the calendar {@code asWritten} is in; {@code edtf} and the range are Gregorian
 * @param inferred true when an editor supplied the date ("[1920]") rather than the document
 */
public record DocumentDate(
    String asWritten,
    String edtf,
    LocalDate earliest,
    LocalDate latest,
    Calendar calendar,
    boolean inferred) {
  public DocumentDate {
    Objects.requireNonNull(asWritten, "asWritten");
    Objects.requireNonNull(edtf, "edtf");
    Objects.requireNonNull(earliest, "earliest");
    Objects.requireNonNull(latest, "latest");
    Objects.requireNonNull(calendar, "calendar");
    if (latest.isBefore(earliest)) {
      throw new IllegalArgumentException("latest " + latest + " is before earliest " + earliest);
    }
  }

  /** The year a reader would file this date under: the year of its earliest day. */
  public int year() {
    return earliest.getYear();
  }
}

package org.opis.date;

import java.time.LocalDate;

/**
 * A stretch of Gregorian days with its EDTF form: one day ("1920-11-16"), a month, a year, a
 * decade ("192X"), or an interval from the start of one to the end of another. An Old Style
 * month has no EDTF form of its own once it is moved to the Gregorian calendar, so it becomes
 * the interval of its first and last Gregorian days.
 *
 * @param startEdtf the EDTF of the start; the whole span when it equals {@code endEdtf}
 * @param endEdtf the EDTF of the end
 */
record Span(String startEdtf, String endEdtf, LocalDate earliest, LocalDate latest) {
  static Span of(String edtf, LocalDate earliest, LocalDate latest) {
    return new Span(edtf, edtf, earliest, latest);
  }

  /** The span as one EDTF string: "1920-11" or "1920-11-16/1920-11-18". */
  String edtf() {
    return startEdtf.equals(endEdtf) ? startEdtf : startEdtf + "/" + endEdtf;
  }

  /** This span with a qualifier's mark on each end: "1920~", "1920~/1922~". */
  Span qualified(Qualifier qualifier) {
    String mark = qualifier.mark();
    return new Span(startEdtf + mark, endEdtf + mark, earliest, latest);
  }

  /**
   * The interval from the start of this span to the end of another.
   *
   * @throws org.opis.problem.InvalidInputException when the other span ends before this one
   *     begins ("1920-1919")
   */
  Span through(Span end, DateText source) {
    if (end.latest.isBefore(earliest)) {
      throw source.endsBeforeItBegins();
    }
    return new Span(startEdtf, end.endEdtf, earliest, end.latest);
  }
}

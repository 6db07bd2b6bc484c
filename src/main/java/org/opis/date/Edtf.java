package org.opis.date;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opis.problem.InvalidInputException;
import org.opis.problem.Location;

/**
 * The Extended Date/Time Format of the Library of Congress (2019), levels 0 and 1: a date
 * ("1920", "1920-11", "1920-11-16"), a date and time ("1920-11-16T17:05:00", of which the day is
 * kept), or an interval of two dates ("1920-11-16/1920-11-18"), whose ends may be open ("..")
 * or unknown (empty).
 *
 * <p>A date may close with "?" (uncertain), "~" (approximate) or "%" (both); have unspecified
 * digits from the right ("192X", "19XX", "1920-XX", "1920-11-XX", and level 2's "1920-1X");
 * be a season ("1920-21" to "1920-24", spring to winter, with the months of the northern
 * hemisphere: winter 1920 runs from December 1920 to February 1921); or have a negative year
 * ("-0044", in EDTF's count that has a year 0) or a long one ("Y170000002", up to nine digits).
 */
public final class Edtf {
  /** Where an open or unknown start of an interval is taken to begin, for sorting and filters. */
  public static final LocalDate OPEN_START = LocalDate.of(1, 1, 1);

  /** Where an open or unknown end of an interval is taken to end. */
  public static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

  private static final Pattern DATE_TIME = Pattern.compile(
      "(-?[0-9]{4}-[0-9]{2}-[0-9]{2})T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]"
          + "(?:Z|[+-](?:[01][0-9]|2[0-3])(?::[0-5][0-9])?)?");

  private Edtf() {}

  /**
   * A date given in EDTF by an editor, with the text it was written as. Its calendar is
   * Gregorian (EDTF has no other) and it is not inferred. An open ("1920/..") or unknown
   * ("1920/") end of an interval runs to {@link #OPEN_START} or {@link #OPEN_END}, or to the
   * other end's own limit when that lies beyond (a year before 1 or after 9999).
   *
   * @param edtf the date in EDTF; white space around it is ignored
   * @param asWritten the date as written, kept as given
   * @param where where the date was found, for the error message
   * @return the date, whose {@code edtf} is the given text, or only its day for a date and time
   * @throws InvalidInputException when {@code edtf} is not valid EDTF level 0 or 1, names a day
   *     that does not exist ("1920-02-30"), or is an interval that ends before it begins
   */
  public static DocumentDate read(String edtf, String asWritten, Location where) {
    String text = edtf.strip();
    DateText source = new DateText(text, Objects.requireNonNull(where, "where"));
    return read(text, Objects.requireNonNull(asWritten, "asWritten"), source)
        .orElseThrow(source::notEdtf);
  }

  /**
   * The date the text spells in EDTF, or empty when it is not EDTF.
   *
   * @throws InvalidInputException when it is EDTF for a day that does not exist, or for an
   *     interval that ends before it begins
   */
  static Optional<DocumentDate> read(String text, String asWritten, DateText source) {
    if (text.length() > DateText.LONGEST) {
      return Optional.empty();
    }
    Matcher dateTime = DATE_TIME.matcher(text);
    String edtf = dateTime.matches() ? dateTime.group(1) : text;
    Optional<Span> span =
        edtf.indexOf('/') >= 0 ? interval(edtf, source) : EdtfDate.read(edtf, source);
    return span.map(s -> new DocumentDate(
        asWritten, edtf, s.earliest(), s.latest(), Calendar.GREGORIAN, false));
  }

  private static Optional<Span> interval(String edtf, DateText source) {
    String[] ends = edtf.split("/", -1);
    if (ends.length != 2) {
      return Optional.empty();
    }
    Optional<Span> start = end(ends[0], source);
    Optional<Span> end = end(ends[1], source);
    boolean startOpen = isOpen(ends[0]);
    boolean endOpen = isOpen(ends[1]);
    if (start.isEmpty() && !startOpen || end.isEmpty() && !endOpen || startOpen && endOpen) {
      return Optional.empty();
    }
    if (start.isPresent() && end.isPresent()) {
      return Optional.of(start.get().through(end.get(), source));
    }
    LocalDate earliest = start.map(Span::earliest)
        .orElseGet(() -> min(OPEN_START, end.get().earliest()));
    LocalDate latest = end.map(Span::latest).orElseGet(() -> max(OPEN_END, start.get().latest()));
    return Optional.of(new Span(ends[0], ends[1], earliest, latest));
  }

  private static boolean isOpen(String end) {
    return end.isEmpty() || end.equals("..");
  }

  private static Optional<Span> end(String end, DateText source) {
    return isOpen(end) ? Optional.empty() : EdtfDate.read(end, source);
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}

package org.opis.cite;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opis.date.DocumentDate;

/**
 * When a cited document was written, as citation formats count dates: the year, month and day
 * as far as they are known, or the first and last of a range.
 *
 * @param start year, then month and day when known ([1920, 11, 16], [1920, 11], [1920])
 * @param end the last date of a range, in the same way; empty for a single date
 * @param approximate whether the date is approximate or uncertain ("circa 1920")
 * @param asWritten the date as the document or its editor wrote it
 * @param oldStyle whether {@code asWritten} is in the Julian calendar ("3 March 1918 O.S."), the
 *     parts being the Gregorian day: a citation then gives the date as written beside them
 */
public record Issued(List<Integer> start, Optional<List<Integer>> end, boolean approximate, String asWritten,
    boolean oldStyle) {
  private static final java.util.regex.Pattern SEASON =
      java.util.regex.Pattern.compile("(?i)\\b(spring|summer|autumn|fall|winter)\\b");

  /** A date written in the Gregorian calendar. */
  public Issued(List<Integer> start, Optional<List<Integer>> end, boolean approximate, String asWritten) {
    this(start, end, approximate, asWritten, false);
  }

  public Issued {
    start = List.copyOf(start);
    end = end.map(List::copyOf);
    Objects.requireNonNull(asWritten, "asWritten");
    if (start.isEmpty() || start.size() > 3) {
      throw new IllegalArgumentException("a date has a year, month and day at most: " + start);
    }
  }

  /**
   * A document's date at the precision its range shows: one day, one whole month or one whole
   * year is a single date; anything else is a range between the two days.
   */
  public static Issued of(DocumentDate date) {
    boolean approximate = date.edtf().contains("~") || date.edtf().contains("?") || date.edtf().contains("%");
    Optional<List<Integer>> whole = whole(date.earliest(), date.latest());
    if (whole.isPresent()) {
      return new Issued(whole.get(), Optional.empty(), approximate, date.asWritten(), julian(date));
    }
    LocalDate first = date.earliest();
    LocalDate last = date.latest();
    int precision = first.getDayOfYear() == 1 && last.getMonthValue() == 12 && last.getDayOfMonth() == 31 ? 1
        : first.getDayOfMonth() == 1 && last.equals(YearMonth.from(last).atEndOfMonth()) ? 2 : 3;
    return new Issued(parts(first).subList(0, precision), Optional.of(parts(last).subList(0, precision)),
        approximate, date.asWritten(), julian(date));
  }

  private static boolean julian(DocumentDate date) {
    return date.calendar() == org.opis.date.Calendar.JULIAN;
  }

  private static Optional<List<Integer>> whole(LocalDate first, LocalDate last) {
    if (first.equals(last)) {
      return Optional.of(parts(first));
    }
    YearMonth month = YearMonth.from(first);
    if (first.getDayOfMonth() == 1 && last.equals(month.atEndOfMonth())) {
      return Optional.of(List.of(first.getYear(), first.getMonthValue()));
    }
    if (first.getDayOfYear() == 1 && last.equals(LocalDate.of(first.getYear(), 12, 31))) {
      return Optional.of(List.of(first.getYear()));
    }
    return Optional.empty();
  }

  // a range of whole years or months is cited at that precision ("1920-1925")
  private static List<Integer> parts(LocalDate day) {
    return List.of(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
  }

  /**
   * Whether the date is written as a season ("Spring 1955", "Winter 1944-45"), which citations
   * give as written: the styles would print its months ("March–May 1955"), and CSL's own season
   * beside a year is printed by no processor we use.
   */
  public boolean seasonal() {
    return SEASON.matcher(asWritten).find();
  }

  /** The year it starts in. */
  public int year() {
    return start.get(0);
  }

  /** The start as ISO 8601 at its precision: "1920-11-16", "1920-11", "1920". */
  public String iso() {
    return iso(start);
  }

  /** Year, month and day parts as ISO 8601 at their precision. */
  public static String iso(List<Integer> parts) {
    StringBuilder s = new StringBuilder(String.format("%04d", parts.get(0)));
    for (int i = 1; i < parts.size(); i++) {
      s.append('-').append(String.format("%02d", parts.get(i)));
    }
    return s.toString();
  }

  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December"};

  /** Year, month and day parts as a reader writes them: "16 March 1918", "March 1918", "1918". */
  public static String readable(List<Integer> parts) {
    String year = String.valueOf(parts.get(0));
    if (parts.size() == 1) {
      return year;
    }
    String month = MONTHS[parts.get(1) - 1] + " " + year;
    return parts.size() == 2 ? month : parts.get(2) + " " + month;
  }
}

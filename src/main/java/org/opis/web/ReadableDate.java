package org.opis.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A Gregorian day or range in the words an English reader uses: "16 November 1920",
 * "November 1920", "1920", "1920–1929", "3 March 1918 – 5 April 1918".
 */
final class ReadableDate {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

  private ReadableDate() {}

  static String of(LocalDate earliest, LocalDate latest) {
    if (earliest.equals(latest)) {
      return DAY.format(earliest);
    }
    boolean wholeMonths = earliest.getDayOfMonth() == 1 && latest.equals(latest.withDayOfMonth(latest.lengthOfMonth()));
    boolean wholeYears = wholeMonths && earliest.getMonthValue() == 1 && latest.getMonthValue() == 12;
    if (wholeYears) {
      return earliest.getYear() == latest.getYear()
          ? Integer.toString(earliest.getYear())
          : earliest.getYear() + "\u2013" + latest.getYear();
    }
    if (wholeMonths) {
      return earliest.withDayOfMonth(1).equals(latest.withDayOfMonth(1))
          ? MONTH.format(earliest)
          : MONTH.format(earliest) + " \u2013 " + MONTH.format(latest);
    }
    return DAY.format(earliest) + " \u2013 " + DAY.format(latest);
  }

  /** The day of an instant in UTC, the archive's own clock for uploads and changes. */
  static String day(Instant instant) {
    return DAY.format(instant.atOffset(ZoneOffset.UTC).toLocalDate());
  }
}

package org.opis.date;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;

/**
 * One date as written, before it is placed in a calendar: a year, perhaps with a month and a
 * day, or a decade. One end of a range may leave out its year or month ("16" in "16-18 November
 * 1920") until the other end lends them; a date on its own needs at least a year.
 *
 * @param year the year, or 0 when the text gives none (there is no year 0 in the archives' count)
 * @param month 1 to 12, or 0 when the text gives none
 * @param day the day of the month as written (not yet checked against the month), or 0
 * @param decade the part of the decade when the year stands for one ("1920s"), else empty
 * @param qualifier how sure the writer is
 */
record WrittenDate(int year, int month, int day, Optional<DecadePart> decade, Qualifier qualifier) {

  /** Reads one date ("16 November 1920", "Nov. 1920", "1920s", "16"), or empty if it is none. */
  static Optional<WrittenDate> read(String text, DateText source) {
    return DateWords.read(text, source);
  }

  /** True when the date can stand alone: it has a year, and a day only with its month. */
  boolean isComplete() {
    return year != 0 && (day == 0 || month != 0);
  }

  /** This start of a range with the month and year it leaves out taken from the range's end. */
  WrittenDate completedBy(WrittenDate end) {
    int m = month == 0 && day != 0 ? end.month : month;
    int y = year != 0 ? year : m > end.month && end.month != 0 ? end.year - 1 : end.year;
    return new WrittenDate(y, m, day, decade, qualifier);
  }

  /** This end of a range with the month it leaves out ("18" of "November 16-18") from its start. */
  WrittenDate completedFrom(WrittenDate start) {
    int m = month == 0 && day != 0 ? start.month : month;
    return new WrittenDate(year, m, day, decade, qualifier);
  }

  WrittenDate qualified(Qualifier more) {
    return new WrittenDate(year, month, day, decade, qualifier.and(more));
  }

  /** The Gregorian day this date names in {@code calendar}; empty unless it is one real day. */
  Optional<LocalDate> gregorianDay(Calendar calendar) {
    if (!isComplete() || day < 1 || decade.isPresent() || day > lengthOfMonth(calendar)) {
      return Optional.empty();
    }
    return Optional.of(calendar == Calendar.JULIAN
        ? JulianCalendar.toGregorian(year, month, day)
        : LocalDate.of(year, month, day));
  }

  /**
   * The Gregorian days this date covers when it is written in {@code calendar}.
   *
   * @throws org.opis.problem.InvalidInputException when the day does not exist in its month
   */
  Span span(Calendar calendar, DateText source) {
    if (!isComplete()) {
      throw source.cannotRead();
    }
    Day first;
    Day last;
    if (decade.isPresent()) {
      int start = year - year % 10;
      first = new Day(start + decade.get().firstYear(), 1, 1);
      last = new Day(start + decade.get().lastYear(), 12, 31);
    } else if (month == 0) {
      first = new Day(year, 1, 1);
      last = new Day(year, 12, 31);
    } else {
      int length = lengthOfMonth(calendar);
      if (day < 0 || day > length) {
        throw source.notADay(year, month, length, calendar);
      }
      first = new Day(year, month, day == 0 ? 1 : day);
      last = new Day(year, month, day == 0 ? length : day);
    }
    Span span = calendar == Calendar.JULIAN ? julian(first, last, source) : gregorian(first, last);
    return span.qualified(qualifier);
  }

  private int lengthOfMonth(Calendar calendar) {
    return calendar == Calendar.JULIAN
        ? JulianCalendar.lengthOfMonth(year, month)
        : YearMonth.of(year, month).lengthOfMonth();
  }

  private Span gregorian(Day first, Day last) {
    LocalDate earliest = LocalDate.of(first.year(), first.month(), first.day());
    LocalDate latest = LocalDate.of(last.year(), last.month(), last.day());
    if (decade.isPresent()) {
      return decade.get() == DecadePart.WHOLE
          ? Span.of(digits(year / 10, 3) + "X", earliest, latest)
          : new Span(digits(first.year(), 4), digits(last.year(), 4), earliest, latest);
    }
    String edtf = month == 0 ? digits(year, 4)
        : day == 0 ? digits(year, 4) + "-" + digits(month, 2)
        : earliest.toString();
    return Span.of(edtf, earliest, latest);
  }

  /** An Old Style date has no EDTF of its own, only the Gregorian days it runs between. */
  private Span julian(Day first, Day last, DateText source) {
    LocalDate earliest = JulianCalendar.toGregorian(first.year(), first.month(), first.day());
    LocalDate latest = JulianCalendar.toGregorian(last.year(), last.month(), last.day());
    if (latest.getYear() > 9999) {
      throw source.cannotRead(); // past what EDTF writes with four digits
    }
    return new Span(earliest.toString(), latest.toString(), earliest, latest);
  }

  /** A number with leading zeros, in ASCII digits whatever the machine's language. */
  private static String digits(int value, int width) {
    return String.format(Locale.ROOT, "%0" + width + "d", value);
  }

  /** A day in the calendar the date is written in, which java.time may not know. */
  private record Day(int year, int month, int day) {}

  /**
   * A part of a decade: "early", "mid" and "late 1920s" are its first four, middle three and
   * last three years, so that the three parts cover the decade without overlapping.
   */
  enum DecadePart {
    WHOLE(0, 9),
    EARLY(0, 3),
    MID(4, 6),
    LATE(7, 9);

    private final int firstYear;
    private final int lastYear;

    DecadePart(int firstYear, int lastYear) {
      this.firstYear = firstYear;
      this.lastYear = lastYear;
    }

    int firstYear() {
      return firstYear;
    }

    int lastYear() {
      return lastYear;
    }
  }
}

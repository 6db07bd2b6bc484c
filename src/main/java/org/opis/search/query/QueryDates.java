package org.opis.search.query;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opis.date.DateParser;
import org.opis.date.DocumentDate;
import org.opis.date.Edtf;
import org.opis.problem.InvalidInputException;
import org.opis.problem.Location;
import org.opis.search.query.QueryNode.DateRange;

/**
 * The dates a reader types after "date:", read and written back. The short forms are read
 * here: a year, a month, a day, a decade ("1920s"), and a range of two of them joined by ".."
 * ("1920-11..1921-03"), open at either end ("..1920", "1920.."). Anything else ("16.11.1920",
 * "1920-1922", "circa 1920", "16 November 1920" in quotation marks) is read the way archives
 * write dates, by {@link DateParser}.
 *
 * <p>Opis searches dates from the year 1 to 9999; an open end runs to {@link Edtf#OPEN_START}
 * or {@link Edtf#OPEN_END}.
 */
final class QueryDates {
  private static final Pattern DAY =
      Pattern.compile("([0-9]{4})(?:-([0-9]{1,2})(?:-([0-9]{1,2}))?)?");
  private static final Pattern DECADE = Pattern.compile("([0-9]{3}0)s");
  private static final String FORMS = "write dates as 1920, 1920-11, 1920-11-16, 1920s or 1920..1925";

  private QueryDates() {}

  /** The days {@code value} covers; empty, with a notice, when it cannot be read. */
  static Optional<DateRange> read(String value, Notices notices) {
    int dots = value.indexOf("..");
    if (dots >= 0) {
      return range(value, value.substring(0, dots), value.substring(dots + 2), notices);
    }
    if (DAY.matcher(value).matches() || DECADE.matcher(value).matches()) {
      return period(value).or(() -> cannotRead(value, notices));
    }
    try {
      DocumentDate date = DateParser.parse(value, Location.NOWHERE);
      if (date.earliest().isBefore(Edtf.OPEN_START) || date.latest().isAfter(Edtf.OPEN_END)) {
        notices.add("only dates from the year 1 to 9999 can be searched, so "
            + Notices.quote(value) + " was left out of the search");
        return Optional.empty();
      }
      return Optional.of(new DateRange(date.earliest(), date.latest()));
    } catch (InvalidInputException e) {
      return cannotRead(value, notices);
    }
  }

  private static Optional<DateRange> range(String value, String first, String last, Notices notices) {
    Optional<DateRange> from = first.isEmpty() ? Optional.of(open(Edtf.OPEN_START)) : period(first);
    Optional<DateRange> to = last.isEmpty() ? Optional.of(open(Edtf.OPEN_END)) : period(last);
    if (from.isEmpty() || to.isEmpty() || first.isEmpty() && last.isEmpty()) {
      return cannotRead(value, notices);
    }
    if (to.get().to().isBefore(from.get().from())) {
      notices.add(Notices.quote(value) + " ends before it begins; searched as date:"
          + last + ".." + first);
      return Optional.of(new DateRange(to.get().from(), from.get().to()));
    }
    return Optional.of(new DateRange(from.get().from(), to.get().to()));
  }

  /** The days of a year, a month, a day or a decade in the short forms; empty if none exist. */
  private static Optional<DateRange> period(String s) {
    Matcher decade = DECADE.matcher(s);
    if (decade.matches()) {
      int year = Integer.parseInt(decade.group(1));
      return year < 1 ? Optional.empty()
          : Optional.of(new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year + 9, 12, 31)));
    }
    Matcher day = DAY.matcher(s);
    if (!day.matches() || Integer.parseInt(day.group(1)) < 1) {
      return Optional.empty();
    }
    int year = Integer.parseInt(day.group(1));
    try {
      if (day.group(2) == null) {
        return Optional.of(new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
      }
      YearMonth month = YearMonth.of(year, Integer.parseInt(day.group(2)));
      if (day.group(3) == null) {
        return Optional.of(new DateRange(month.atDay(1), month.atEndOfMonth()));
      }
      LocalDate date = month.atDay(Integer.parseInt(day.group(3)));
      return Optional.of(new DateRange(date, date));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static DateRange open(LocalDate end) {
    return new DateRange(end, end);
  }

  private static Optional<DateRange> cannotRead(String value, Notices notices) {
    notices.add("cannot read " + Notices.quote(value)
        + " as a date" + noSuchDay(value) + ", so it was left out of the search; " + FORMS);
    return Optional.empty();
  }

  // a day that does not exist is worth naming: "1920-02-30" is no day because February 1920 has 29
  private static String noSuchDay(String value) {
    return DAY.matcher(value).matches() ? DateParser.whyNoSuchDay(value).map(w -> " (" + w + ")").orElse("") : "";
  }

  /** The shortest text {@link #read} reads back as the days from {@code from} to {@code to}. */
  static String text(LocalDate from, LocalDate to) {
    if (from.equals(to)) {
      return day(from);
    }
    boolean wholeYears = from.getDayOfYear() == 1 && to.getMonthValue() == 12 && to.getDayOfMonth() == 31;
    if (wholeYears && from.getYear() == to.getYear()) {
      return year(from);
    }
    if (wholeYears && from.getYear() % 10 == 0 && to.getYear() == from.getYear() + 9) {
      return year(from) + "s";
    }
    if (from.getDayOfMonth() == 1 && YearMonth.from(from).equals(YearMonth.from(to))
        && to.equals(YearMonth.from(to).atEndOfMonth())) {
      return month(from);
    }
    String first = from.equals(Edtf.OPEN_START) && !to.equals(Edtf.OPEN_END) ? "" : start(from);
    String last = to.equals(Edtf.OPEN_END) && !from.equals(Edtf.OPEN_START) ? "" : end(to);
    return first + ".." + last;
  }

  private static String start(LocalDate d) {
    return d.getDayOfYear() == 1 ? year(d) : d.getDayOfMonth() == 1 ? month(d) : day(d);
  }

  private static String end(LocalDate d) {
    if (d.getMonthValue() == 12 && d.getDayOfMonth() == 31) {
      return year(d);
    }
    return d.equals(YearMonth.from(d).atEndOfMonth()) ? month(d) : day(d);
  }

  private static String year(LocalDate d) {
    return String.format(Locale.ROOT, "%04d", d.getYear());
  }

  private static String month(LocalDate d) {
    return String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue());
  }

  private static String day(LocalDate d) {
    return String.format(Locale.ROOT, "%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }
}

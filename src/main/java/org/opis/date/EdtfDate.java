package org.opis.date;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One date in EDTF, levels 0 and 1: "1920", "1920-11", "1920-11-16", "-0044" (45 BC: EDTF
 * counts a year 0), "Y170000002", seasons ("1920-21" is spring 1920), unspecified digits from
 * the right ("192X", "19XX", "1920-XX", "1920-11-XX", and "1920-1X", strictly level 2), and a
 * closing "?", "~" or "%".
 *
 * <p>Seasons are those of the northern hemisphere, where the archives Opis was made for are:
 * spring is March to May, summer June to August, autumn September to November, and winter
 * December to the end of the following February.
 */
final class EdtfDate {
  private static final Pattern DATE = Pattern.compile(
      "(-?)([0-9X]{4})(?:-([0-9X]{2})(?:-([0-9X]{2}))?)?([?~%]?)");
  private static final Pattern LONG_YEAR = Pattern.compile("Y(-?)([1-9][0-9]{4,8})([?~%]?)");
  private static final Pattern RIGHTMOST_UNSPECIFIED = Pattern.compile("[0-9]*X*");

  private EdtfDate() {}

  /**
   * The days one EDTF date covers, or empty when the text is not an EDTF date.
   *
   * @throws org.opis.problem.InvalidInputException when it is written right but names a day
   *     that does not exist ("1920-02-30")
   */
  static Optional<Span> read(String edtf, DateText source) {
    Matcher longYear = LONG_YEAR.matcher(edtf);
    if (longYear.matches()) {
      int year = Integer.parseInt(longYear.group(1) + longYear.group(2));
      return Optional.of(Span.of(edtf, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }
    Matcher m = DATE.matcher(edtf);
    if (!m.matches() || edtf.startsWith("-0000")) {
      return Optional.empty();
    }
    String year = m.group(2);
    String month = m.group(3) == null ? "" : m.group(3);
    String day = m.group(4) == null ? "" : m.group(4);
    if (!RIGHTMOST_UNSPECIFIED.matcher(year + month + day).matches()) {
      return Optional.empty();
    }
    boolean negative = !m.group(1).isEmpty();
    int lowYear = number(year, '0');
    int highYear = number(year, '9');
    int firstYear = negative ? -highYear : lowYear;
    int lastYear = negative ? -lowYear : highYear;
    if (month.isEmpty()) {
      return Optional.of(
          Span.of(edtf, LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31)));
    }
    int firstMonth = number(month, '0');
    int lastMonth = number(month, '9');
    if (month.equals("XX") || month.equals("0X")) {
      firstMonth = Math.max(firstMonth, 1);
      lastMonth = Math.min(lastMonth, month.equals("XX") ? 12 : 9);
    } else if (month.equals("1X")) {
      lastMonth = 12;
    } else if (month.indexOf('X') >= 0) {
      return Optional.empty();
    }
    if (firstMonth >= 21 && firstMonth <= 24 && day.isEmpty()) {
      return Optional.of(season(edtf, firstYear, firstMonth));
    }
    if (firstMonth < 1 || lastMonth > 12) {
      return Optional.empty();
    }
    LocalDate earliest = LocalDate.of(firstYear, firstMonth, 1);
    LocalDate latest = YearMonth.of(lastYear, lastMonth).atEndOfMonth();
    if (!day.isEmpty()) {
      Optional<LocalDate[]> days = days(day, earliest, latest, source);
      if (days.isEmpty()) {
        return Optional.empty();
      }
      earliest = days.get()[0];
      latest = days.get()[1];
    }
    return Optional.of(Span.of(edtf, earliest, latest));
  }

  /** The first and last day a day field allows in its months: "16", "XX", "1X", "3X". */
  private static Optional<LocalDate[]> days(
      String day, LocalDate firstMonth, LocalDate lastMonth, DateText source) {
    int low = Math.max(number(day, '0'), day.indexOf('X') >= 0 ? 1 : 0);
    int high = number(day, '9');
    if (low < 1 || low > 31) {
      return Optional.empty();
    }
    if (day.indexOf('X') < 0 && low > firstMonth.lengthOfMonth()) {
      throw source.notADay(firstMonth.getYear(), firstMonth.getMonthValue(),
          firstMonth.lengthOfMonth(), Calendar.GREGORIAN);
    }
    if (low > firstMonth.lengthOfMonth() && firstMonth.getMonth() == lastMonth.getMonth()) {
      return Optional.empty();
    }
    LocalDate earliest = firstMonth.withDayOfMonth(Math.min(low, firstMonth.lengthOfMonth()));
    LocalDate latest = lastMonth.withDayOfMonth(Math.min(high, lastMonth.lengthOfMonth()));
    return Optional.of(new LocalDate[] {earliest, latest});
  }

  private static Span season(String edtf, int year, int season) {
    int firstMonth = 3 * (season - 21) + 3;
    LocalDate earliest = LocalDate.of(year, firstMonth, 1);
    LocalDate latest = earliest.plusMonths(3).minusDays(1);
    return Span.of(edtf, earliest, latest);
  }

  /** The digits with each unspecified digit X replaced by {@code digit}. */
  private static int number(String digits, char digit) {
    return Integer.parseInt(digits.replace('X', digit));
  }
}

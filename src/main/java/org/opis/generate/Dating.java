package org.opis.generate;

import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.opis.date.Calendar;
import org.opis.date.DocumentDate;

/**
 * The date of a synthetic document, written in one of the many ways archives write dates: a
 * day in British, American, numeric or original-language form, a range of days, a month, a
 * year, "circa 1935", "1935?", a decade, a date an editor supplied in brackets, and, for Russian
 * documents before February 1918, an Old Style (Julian) day. The {@link DocumentDate} is built
 * directly, its EDTF and range always Gregorian.
 */
final class Dating {
  static final String[] MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"
  };

  /**
   * A drawn date.
   *
   * @param date the date as the record gives it
   * @param day a Gregorian day within it, for numbers that encode a day (US file numbers)
   * @param dayAndMonth the day and month as the document writes them ("16 November"), when it
   *     names a day, for its dateline
   */
  record Dated(DocumentDate date, LocalDate day, Optional<String> dayAndMonth) {}

  private Dating() {}

  static Dated draw(Chance chance, int year, Country home, Optional<Bank> bank) {
    LocalDate day = LocalDate.ofYearDay(year, 1 + chance.below(Year.of(year).length()));
    if (home.language().equals("ru") && day.isBefore(OldStyle.ABOLISHED) && chance.of(0.6)) {
      int[] julian = OldStyle.julian(day);
      if (julian[0] >= 1900) {
        return oldStyle(chance, day, julian, bank);
      }
    }
    double r = chance.fraction();
    if (r < 0.60 || (r >= 0.85 && r < 0.88 && year >= 1990)) {
      return exact(chance, day, home, bank);
    } else if (r < 0.64) {
      return range(chance, day, home, bank);
    } else if (r < 0.74) {
      return month(day, MONTHS[day.getMonthValue() - 1] + " " + year, false);
    } else if (r < 0.78) {
      return year(day, String.valueOf(year), String.valueOf(year), false);
    } else if (r < 0.83) {
      String[] circa = {"circa ", "c. ", "ca. "};
      return year(day, circa[chance.below(3)] + year, year + "~", false);
    } else if (r < 0.85) {
      return year(day, year + "?", year + "?", false);
    } else if (r < 0.88) {
      int decade = year / 10 * 10;
      LocalDate first = LocalDate.of(decade, 1, 1);
      return new Dated(new DocumentDate(decade + "s", (decade / 10) + "X", first, first.plusYears(10).minusDays(1),
          Calendar.GREGORIAN, false), day, Optional.empty());
    }
    double precision = chance.fraction();
    if (precision < 0.35) {
      String written = day.getDayOfMonth() + " " + MONTHS[day.getMonthValue() - 1] + " " + year;
      return new Dated(new DocumentDate("[" + written + "]", day.toString(), day, day, Calendar.GREGORIAN, true),
          day, Optional.empty());
    } else if (precision < 0.6) {
      return month(day, "[" + MONTHS[day.getMonthValue() - 1] + " " + year + "]", true);
    }
    return year(day, "[" + year + "]", String.valueOf(year), true);
  }

  private static Dated exact(Chance chance, LocalDate day, Country home, Optional<Bank> bank) {
    int d = day.getDayOfMonth();
    int m = day.getMonthValue();
    int y = day.getYear();
    String british = d + " " + MONTHS[m - 1] + " " + y;
    String american = MONTHS[m - 1] + " " + d + ", " + y;
    double r = chance.fraction();
    String written;
    if (home.code().equals("us")) {
      written = r < 0.6 ? american : r < 0.85 ? british : m + "/" + d + "/" + y;
    } else if (r < 0.5) {
      written = british;
    } else if (r < 0.65) {
      written = american;
    } else if (r < 0.8) {
      written = String.format("%02d.%02d.%d", d, m, y);
    } else {
      written = bank.flatMap(b -> b.date(y, m, d)).orElse(british);
    }
    DocumentDate date = new DocumentDate(written, day.toString(), day, day, Calendar.GREGORIAN, false);
    return new Dated(date, day, Optional.of(d + " " + MONTHS[m - 1]));
  }

  private static Dated range(Chance chance, LocalDate day, Country home, Optional<Bank> bank) {
    LocalDate last = day.plusDays(chance.between(1, 3));
    if (last.getMonthValue() != day.getMonthValue()) {
      return exact(chance, day, home, bank);
    }
    String written = day.getDayOfMonth() + "-" + last.getDayOfMonth() + " " + MONTHS[day.getMonthValue() - 1] + " "
        + day.getYear();
    DocumentDate date = new DocumentDate(written, day + "/" + last, day, last, Calendar.GREGORIAN, false);
    return new Dated(date, day, Optional.of(day.getDayOfMonth() + " " + MONTHS[day.getMonthValue() - 1]));
  }

  private static Dated month(LocalDate day, String written, boolean inferred) {
    LocalDate first = day.withDayOfMonth(1);
    String edtf = String.format("%d-%02d", day.getYear(), day.getMonthValue());
    return new Dated(new DocumentDate(written, edtf, first, first.plusMonths(1).minusDays(1), Calendar.GREGORIAN,
        inferred), day, Optional.empty());
  }

  private static Dated year(LocalDate day, String written, String edtf, boolean inferred) {
    LocalDate first = LocalDate.of(day.getYear(), 1, 1);
    return new Dated(new DocumentDate(written, edtf, first, first.plusYears(1).minusDays(1), Calendar.GREGORIAN,
        inferred), day, Optional.empty());
  }

  // written in the Julian calendar, recorded by its Gregorian day
  private static Dated oldStyle(Chance chance, LocalDate day, int[] julian, Optional<Bank> bank) {
    int y = julian[0];
    int m = julian[1];
    int d = julian[2];
    String month = MONTHS[m - 1];
    String written;
    switch (chance.below(4)) {
      case 0:
        written = d + " " + month + " " + y + " O.S.";
        break;
      case 1:
        written = d + " " + month + " " + y + " (Old Style)";
        break;
      case 2:
        written = dual(day, y, m, d);
        break;
      default:
        written = bank.flatMap(b -> b.date(y, m, d)).map(s -> s + " (ст. ст.)")
            .orElse(d + " " + month + " " + y + " O.S.");
    }
    DocumentDate date = new DocumentDate(written, day.toString(), day, day, Calendar.JULIAN, false);
    return new Dated(date, day, Optional.of(d + " " + month));
  }

  // "3/16 March 1917", "25 October/7 November 1917", "31 December 1916/13 January 1917": Old Style first
  private static String dual(LocalDate day, int y, int m, int d) {
    String oldMonth = MONTHS[m - 1];
    String newMonth = MONTHS[day.getMonthValue() - 1];
    if (y != day.getYear()) {
      return d + " " + oldMonth + " " + y + "/" + day.getDayOfMonth() + " " + newMonth + " " + day.getYear();
    }
    if (m != day.getMonthValue()) {
      return d + " " + oldMonth + "/" + day.getDayOfMonth() + " " + newMonth + " " + y;
    }
    return d + "/" + day.getDayOfMonth() + " " + oldMonth + " " + y;
  }
}

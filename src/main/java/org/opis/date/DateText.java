package org.opis.date;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import org.opis.problem.InvalidInputException;
import org.opis.problem.Location;
import org.opis.problem.Problem;

/**
 * A date as written and where it was found: what every reader of dates needs to refuse the
 * text in words the archivist who wrote it understands.
 */
record DateText(String text, Location where) {
  /**
   * The longest text read as a date. Real dates, even "between 16 November 1920 and 2 January
   * 1921 (Old Style)", are far shorter; the cap keeps a pasted paragraph from costing time.
   */
  static final int LONGEST = 200;

  InvalidInputException cannotRead() {
    return refuse("cannot read " + quoted() + " as a date");
  }

  InvalidInputException tooLong() {
    return refuse("cannot read " + quoted() + " as a date: it is " + text.length()
        + " characters long, and a date is at most " + LONGEST);
  }

  InvalidInputException undated() {
    return refuse(quoted() + " says the document is undated: leave its date empty");
  }

  InvalidInputException notADay(int year, int month, int daysInMonth, Calendar calendar) {
    String julian = calendar == Calendar.JULIAN ? " in the Julian calendar" : "";
    return refuse(quoted() + DateParser.NO_SUCH_DAY + monthName(month) + " " + year + " has "
        + daysInMonth + " days" + julian);
  }

  InvalidInputException noSuchMonth(int month) {
    return refuse(quoted() + " is not a date: there is no month " + month);
  }

  InvalidInputException noSuchMonthButYears(int month, String years) {
    return refuse(quoted() + " is not a date: there is no month " + month
        + "; write a range of years in full, as " + years);
  }

  /** Refused as two dates or more at once: {@code readings} says which, and how to write one. */
  InvalidInputException ambiguous(String readings) {
    return refuse(quoted() + " could be " + readings);
  }

  InvalidInputException endsBeforeItBegins() {
    return refuse(quoted() + " ends before it begins");
  }

  InvalidInputException notDual(int day, int month, int year, LocalDate gregorian) {
    return refuse(quoted() + " is not one day in two calendars: " + day + " " + monthName(month)
        + " " + year + " Old Style is " + day(gregorian) + " New Style");
  }

  InvalidInputException notEdtf() {
    return refuse(quoted()
        + " is not a date in EDTF (for example 1920-11-16, 1920-11, 1920, 192X, 1920~)");
  }

  static String monthName(int month) {
    return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static String day(LocalDate day) {
    return day.getDayOfMonth() + " " + monthName(day.getMonthValue()) + " " + day.getYear();
  }

  /** The text in quotes, cut short when it is too long to be a date at all. */
  private String quoted() {
    return "\"" + (text.length() > LONGEST ? text.substring(0, 40) + "…" : text) + "\"";
  }

  private InvalidInputException refuse(String message) {
    return new InvalidInputException(Problem.at(where, message));
  }
}

package org.opis.web;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.opis.date.DateParser;
import org.opis.date.DocumentDate;
import org.opis.problem.InvalidInputException;
import org.opis.problem.Location;

/**
 * A date a reader typed to bound a search, read as the days it spans: "1920-11-16" is one day,
 * "1920-11" a month, "1920" a year, "1920s" a decade. A search from it starts on its first day;
 * a search to it ends on its last. Dates are read the way documents' dates are ({@link
 * DateParser}), so "November 1920" and "16.11.1920" work too.
 *
 * @param asTyped the text as typed, kept for the address and the form
 * @param first its first day
 * @param last its last day
 */
public record TypedDate(String asTyped, LocalDate first, LocalDate last) {
  public TypedDate {
    Objects.requireNonNull(asTyped, "asTyped");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
  }

  /** The year as it is typed, for a histogram's bars and links. */
  static TypedDate year(int year) {
    return new TypedDate(Integer.toString(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /** The decade beginning in {@code year} (1920 for the 1920s). */
  static TypedDate decade(int year) {
    return new TypedDate(year + "s", LocalDate.of(year, 1, 1), LocalDate.of(year + 9, 12, 31));
  }

  /**
   * Reads the value of a parameter.
   *
   * @throws InvalidInputException naming the parameter and the value, when it is not a date
   */
  static TypedDate read(String parameter, String typed) {
    DocumentDate date;
    try {
      date = DateParser.parse(typed, Location.NOWHERE);
    } catch (InvalidInputException e) {
      // a day that does not exist is worth naming: "February 1920 has 29 days"
      String why = DateParser.whyNoSuchDay(typed).map(w -> w + "; ").orElse("");
      throw new InvalidInputException("\"" + parameter + "\" is \"" + Quote.shortened(typed) + "\"; " + why
          + "use a day (1920-11-16), a month (1920-11), a year (1920) or a decade (1920s)");
    }
    return new TypedDate(typed, date.earliest(), date.latest());
  }

  /** Reads the value of a parameter when there is one. */
  static Optional<TypedDate> read(String parameter, Optional<String> typed) {
    return typed.map(t -> read(parameter, t));
  }
}

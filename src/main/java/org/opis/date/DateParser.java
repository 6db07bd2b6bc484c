package org.opis.date;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.opis.problem.InvalidInputException;
import org.opis.problem.Location;

/**
 * The reader of dates as archives write them: "November 16, 1920", "16.11.1920", "16 ноября
 * 1920 г.", "circa 1920", "1920s", "[1920]", "16-18 November 1920", "25 October 1917 (Old
 * Style)", "25 October (7 November) 1917", and EDTF itself ("192X", "1920~", "1920/..").
 *
 * <p>Month names are read in English, Russian, Ukrainian, German, French, Polish and Czech, in
 * any letter case. Years have three or four digits. Numeric dates are day, month, year
 * ("16.11.1920") or ISO 8601 ("1920-11-16"); "11/10/1920" is refused, because it is 10 November
 * in the United States and 11 October almost everywhere else.
 */
public final class DateParser {
  /** What {@link DateText} says between a day that does not exist and why. */
  static final String NO_SUCH_DAY = " is not a day: ";
  private static final Set<String> UNDATED = Set.of(
      "undated", "nd", "nodate", "notdated", "dateunknown", "unknowndate", "unknown", "sd",
      "sinedato", "sa", "sineanno", "bd", "bezdaty", "bezdata", "br", "бд", "бездаты",
      "недатировано", "датынет", "sansdate", "od", "oj", "ohnedatum", "undatiert", "sf",
      "sinfecha", "nedatováno");
  private static final Pattern NOT_IN_UNDATED = Pattern.compile("[\\s.\\[\\]()]");
  /**
   * EDTF that shows itself by what no other way of writing dates has: an X, "~", "%", an open
   * end "..", or a long year "Y...". Plain "1920-21" is not read as EDTF's spring 1920: in an
   * archive's own words it is more likely two years.
   */
  private static final Pattern EDTF_ONLY =
      Pattern.compile("[0-9XY?~%/.T:Z+-]*(?:[X~%]|\\.\\.|^Y)[0-9XY?~%/.T:Z+-]*");

  private DateParser() {}

  /**
   * Why a date naming a day names none that exists ("February 1920 has 29 days"), for a message
   * about a date typed elsewhere than in a record; empty for a day that exists, or no date at all.
   */
  public static Optional<String> whyNoSuchDay(String typed) {
    try {
      parse(typed, Location.NOWHERE);
      return Optional.empty();
    } catch (InvalidInputException e) {
      int at = e.getMessage().indexOf(NO_SUCH_DAY);
      return at < 0 ? Optional.empty() : Optional.of(e.getMessage().substring(at + NO_SUCH_DAY.length()));
    }
  }

  /**
   * Reads a date as written into a {@link DocumentDate}, whose {@code asWritten} is the text
   * with the white space around it removed.
   *
   * <p>An Old Style date ("3 March 1918 O.S.", "25 октября 1917 ст. ст.", or a dual date such as
   * "4/17 November 1917") has the calendar {@link Calendar#JULIAN} and its EDTF and range in
   * the Gregorian calendar. An Old Style month or year becomes the interval of its first and
   * last Gregorian days ("October 1917 O.S." is 1917-10-14/1917-11-13). Square brackets
   * anywhere make the date inferred. A time of day is read past and not kept.
   *
   * @param asWritten the date as written, such as "November 16, 1920" or "circa 1920"
   * @param where where the date was found, for the error message
   * @throws InvalidInputException when the text is not a date or names a day that does not exist,
   *     with a message such as {@code cannot read "Febuary 30, 1946" as a date}; also when it is
   *     longer than 200 characters, says the document is undated (see {@link #isUndated}), or
   *     is a range that ends before it begins
   */
  public static DocumentDate parse(String asWritten, Location where) {
    String text = Objects.requireNonNull(asWritten, "asWritten").strip();
    DateText source = new DateText(text, Objects.requireNonNull(where, "where"));
    if (text.length() > DateText.LONGEST) {
      throw source.tooLong();
    }
    if (isUndated(text)) {
      throw source.undated();
    }
    if (EDTF_ONLY.matcher(text).matches()) {
      Optional<DocumentDate> edtf = Edtf.read(text, text, source);
      if (edtf.isPresent()) {
        return edtf.get();
      }
    }
    Marks marks = Marks.read(text).orElseThrow(source::cannotRead);
    if (marks.rest().isEmpty()) {
      throw source.cannotRead();
    }
    Qualifier whole = Qualifier.of(marks.rest());
    String s = whole.rest();
    Calendar calendar = marks.calendar().orElse(Calendar.GREGORIAN);
    if (!DateRange.isIsoInterval(s)) {
      Optional<WrittenDate> single = WrittenDate.read(s, source).filter(WrittenDate::isComplete);
      if (single.isPresent()) {
        return date(text, single.get().qualified(whole).span(calendar, source), calendar, marks);
      }
      // a season, a third or half of a year, a day in numbers with slashes: Gregorian forms
      Optional<Span> loose = calendar == Calendar.GREGORIAN
          ? YearParts.read(s, source).or(() -> SlashedDay.read(s, source)) : Optional.empty();
      if (loose.isPresent()) {
        return date(text, loose.get().qualified(whole), calendar, marks);
      }
      Optional<Span> dual = DualDate.read(s, source);
      if (dual.isPresent()) {
        return date(text, dual.get().qualified(whole), Calendar.JULIAN, marks);
      }
    }
    Span range = DateRange.read(s, calendar, whole, source).orElseThrow(source::cannotRead);
    return date(text, range, calendar, marks);
  }

  private static DocumentDate date(String text, Span span, Calendar calendar, Marks marks) {
    return new DocumentDate(
        text, span.edtf(), span.earliest(), span.latest(), calendar, marks.inferred());
  }

  /**
   * Whether a word names a month in one of the languages dates are read in ("novembre",
   * "ноября", "Sept."), roman numerals left out: for telling a date line by its words.
   */
  public static boolean namesAMonth(String word) {
    String key = word.toLowerCase(java.util.Locale.ROOT);
    key = key.endsWith(".") ? key.substring(0, key.length() - 1) : key;
    return !key.matches("[ivx]+") && MonthNames.month(key).isPresent();
  }

  /**
   * True when the text says the document has no date: "undated", "n.d.", "[n.d.]", "no date",
   * "s.d." (sine dato), "b.d." (Polish bez daty), "б.д.", "без даты", "o.D." (ohne Datum),
   * "sans date" and the like. Such a document is stored with no date; {@link #parse} refuses
   * the text.
   */
  public static boolean isUndated(String text) {
    if (text == null || text.length() > 40) {
      return false;
    }
    String bare = NOT_IN_UNDATED.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    return UNDATED.contains(bare);
  }
}

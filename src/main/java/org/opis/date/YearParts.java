package org.opis.date;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parts of a year, as archives and editors write a date when no day is known: seasons ("Spring
 * 1955", "Winter 1944-45"), thirds ("early 1956", "mid-1956", "late 1956", "the end of 1956")
 * and halves ("first half of 1956"). A season is EDTF's (21 to 24, with the months of the
 * northern hemisphere, winter running from December into the next year, as {@link Edtf} reads
 * it); a third or a half is the interval of its months, since EDTF's codes for those (level 2)
 * are read by few.
 */
final class YearParts {
  private static final Pattern PART = Pattern.compile("(?i)(?:the\\s+)?(spring|summer|autumn|fall|winter|early"
      + "|beginning\\s+of|start\\s+of|mid|middle\\s+of|late|end\\s+of|first\\s+half\\s+of|second\\s+half\\s+of)"
      + "[\\s-]*(?:of\\s+)?([0-9]{4})(?:\\s*[-\u2013/]\\s*([0-9]{2}|[0-9]{4}))?");
  private static final Map<String, Integer> SEASONS = Map.of("spring", 21, "summer", 22, "autumn", 23, "fall", 23,
      "winter", 24);
  // the first and last month of each third and half
  private static final Map<String, int[]> MONTHS = Map.of("early", new int[] {1, 4}, "beginning of", new int[] {1, 4},
      "start of", new int[] {1, 4}, "mid", new int[] {5, 8}, "middle of", new int[] {5, 8}, "late", new int[] {9, 12},
      "end of", new int[] {9, 12}, "first half of", new int[] {1, 6}, "second half of", new int[] {7, 12});

  private YearParts() {}

  /**
   * The span of a part of a year; empty when {@code s} is not written as one.
   *
   * @throws org.opis.problem.InvalidInputException for a winter of one year ("Winter 1945" may be
   *     the one that ends or the one that begins in 1945), or a second year that does not follow
   */
  static Optional<Span> read(String s, DateText source) {
    Matcher m = PART.matcher(s.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String part = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    int year = Integer.parseInt(m.group(2));
    // "1999-00" is 1999 to 2000
    Optional<Integer> next = Optional.ofNullable(m.group(3)).map(y -> y.length() == 2
        ? year / 100 * 100 + Integer.parseInt(y) + (year / 100 * 100 + Integer.parseInt(y) <= year ? 100 : 0)
        : Integer.parseInt(y));
    if (!part.equals("winter") && next.isPresent()) {
      return Optional.empty();
    }
    if (part.equals("winter")) {
      if (next.isEmpty()) {
        throw source.ambiguous("the winter that ends or the one that begins in " + year + "; write Winter "
            + (year - 1) + "-" + String.format("%02d", year % 100) + " or Winter " + year + "-"
            + String.format("%02d", (year + 1) % 100));
      }
      if (next.get() != year + 1) {
        throw source.cannotRead();
      }
    }
    Integer season = SEASONS.get(part);
    if (season != null) {
      LocalDate earliest = LocalDate.of(year, 3 * (season - 21) + 3, 1);
      return Optional.of(Span.of(String.format("%04d-%d", year, season), earliest, earliest.plusMonths(3).minusDays(1)));
    }
    int[] months = MONTHS.get(part);
    if (months == null) {
      return Optional.empty();
    }
    LocalDate earliest = LocalDate.of(year, months[0], 1);
    LocalDate last = LocalDate.of(year, months[1], 1);
    return Optional.of(new Span(String.format("%04d-%02d", year, months[0]), String.format("%04d-%02d", year, months[1]),
        earliest, last.withDayOfMonth(last.lengthOfMonth())));
  }
}

package org.opis.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The dates of a search's results drawn as bars, one a year, each a link that narrows the search
 * to its year. When the years span too long for a bar each, a bar holds a decade, or a century.
 * The page draws it as inline SVG from these numbers; each bar carries its label and count as
 * text, so it reads without colour or sight.
 *
 * @param bars from the earliest to the latest, empty years included so gaps show
 * @param highest the count of the fullest bar
 */
public record Histogram(List<Bar> bars, long highest) {
  /** The most bars drawn before years are grouped into decades, or decades into centuries. */
  static final int MOST_BARS = 60;
  /** The drawing's units: each bar is this wide, the fullest this high. */
  public static final int BAR_WIDTH = 10;
  public static final int HEIGHT = 100;
  private static final int FIRST_TYPABLE = 100;
  private static final int LAST_TYPABLE = 9999;

  /** The histogram of these counts by year; empty when no result has a date. */
  static Optional<Histogram> of(SortedMap<Integer, Long> years, SearchRequest request) {
    if (years.isEmpty()) {
      return Optional.empty();
    }
    int span = 1;
    while ((start(years.lastKey(), span) - start(years.firstKey(), span)) / span + 1 > MOST_BARS) {
      span *= 10;
    }
    long highest = 0;
    List<Bar> bars = new ArrayList<>();
    for (int first = start(years.firstKey(), span); first <= years.lastKey(); first += span) {
      long count = years.subMap(first, first + span).values().stream().mapToLong(Long::longValue).sum();
      bars.add(bar(first, span, count, request));
      highest = Math.max(highest, count);
    }
    return Optional.of(new Histogram(List.copyOf(bars), highest));
  }

  private static Bar bar(int first, int span, long count, SearchRequest request) {
    TypedDate from = span == 10 ? TypedDate.decade(first) : TypedDate.year(first);
    TypedDate to = span == 10 ? from : TypedDate.year(first + span - 1);
    String label = span <= 10 ? from.asTyped() : first + "\u2013" + (first + span - 1);
    // years of fewer than three digits or more than four cannot be typed back into "from" and "to"
    boolean typable = first >= FIRST_TYPABLE && first + span - 1 <= LAST_TYPABLE;
    Optional<String> link = count == 0 || !typable ? Optional.empty()
        : Optional.of(request.between(Optional.of(from), Optional.of(to)).link());
    return new Bar(label, count, link);
  }

  private static int start(int year, int span) {
    return Math.floorDiv(year, span) * span;
  }

  /** The width of the drawing, in its own units; the page stretches it to the width it has. */
  public int width() {
    return bars.size() * BAR_WIDTH;
  }

  /** Where bar {@code i} starts across the drawing. */
  public int x(int i) {
    return i * BAR_WIDTH + 1;
  }

  /** How tall bar {@code i} is drawn: its share of the fullest, never so small it vanishes. */
  public int height(int i) {
    long count = bars.get(i).count();
    return count == 0 ? 0 : (int) Math.max(2, count * HEIGHT / highest);
  }

  /**
   * One bar.
   *
   * @param label its year ("1920"), decade ("1920s") or century ("1900–1999")
   * @param count how many results fall in it
   * @param link the search narrowed to it; empty for an empty bar, and for years before 100
   *     or after 9999, which cannot be typed as dates
   */
  public record Bar(String label, long count, Optional<String> link) {
    /** The bar in words, for its accessible name and tooltip: "1920: 3 documents". */
    public String description() {
      return label + ": " + count + (count == 1 ? " document" : " documents");
    }
  }
}

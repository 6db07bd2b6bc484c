package org.opis.generate;

import java.util.Arrays;

/**
 * The years in which something was in use: a spelling ("Leningrad" from 1924), an office, a
 * person's public life. Written "1924-1991", "1920" or several ranges joined by commas
 * ("1919-1952,1966-1991").
 */
final class Years {
  static final Years ALWAYS = new Years(new int[] {Integer.MIN_VALUE, Integer.MAX_VALUE});

  private final int[] bounds; // first and last year of each range, in pairs

  private Years(int[] bounds) {
    this.bounds = bounds;
  }

  /** The years written in {@code text}; throws when it is not years as above. */
  static Years parse(String text) {
    String[] ranges = text.split(",");
    int[] bounds = new int[ranges.length * 2];
    for (int i = 0; i < ranges.length; i++) {
      String[] ends = ranges[i].trim().split("-");
      try {
        bounds[2 * i] = Integer.parseInt(ends[0].trim());
        bounds[2 * i + 1] = Integer.parseInt(ends[ends.length - 1].trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("\"" + text + "\" is not a year or a range of years");
      }
      if (ends.length > 2 || bounds[2 * i + 1] < bounds[2 * i]) {
        throw new IllegalArgumentException("\"" + text + "\" is not a year or a range of years");
      }
    }
    return new Years(bounds);
  }

  boolean contain(int year) {
    for (int i = 0; i < bounds.length; i += 2) {
      if (year >= bounds[i] && year <= bounds[i + 1]) {
        return true;
      }
    }
    return false;
  }

  int first() {
    return Arrays.stream(bounds).min().orElseThrow();
  }

  int last() {
    return Arrays.stream(bounds).max().orElseThrow();
  }
}

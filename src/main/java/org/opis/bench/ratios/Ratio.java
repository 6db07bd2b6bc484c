package org.opis.bench.ratios;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Optional;

/**
 * A figure of Opis over the same figure of the baseline measured in the same run, and which
 * way is better: Opis's rate over nginx's (higher is better), Opis's start-up over a bare Java
 * page's (lower is better).
 *
 * @param bench the benchmark, as {@code opis bench} names it: "pages", "startup", "memory"
 * @param figure what was measured, as the report names it: "document pages req/s"
 * @param value the ratio, 0 or more
 */
public record Ratio(String bench, String figure, double value, Better better) {

  /** Which way a ratio is better. */
  public enum Better {
    LOWER, HIGHER;

    /** "lower" or "higher", as the file has it. */
    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Ratio {
    if (!named(bench) || !named(figure)) {
      throw new IllegalArgumentException("a ratio needs a bench and a figure without tabs or line breaks: \""
          + bench + "\", \"" + figure + "\"");
    }
    if (!Double.isFinite(value) || value < 0) {
      throw new IllegalArgumentException("a ratio of " + bench + ", " + figure + " is " + value + ", not 0 or more");
    }
  }

  /**
   * {@code figure / baseline}, or nothing when the baseline is 0 (or either is not a number):
   * a ratio to nothing says nothing, so it is left out rather than written as infinite.
   */
  public static Optional<Ratio> of(String bench, String figure, double measured, double baseline, Better better) {
    double value = measured / baseline;
    return baseline > 0 && measured >= 0 && Double.isFinite(value)
        ? Optional.of(new Ratio(bench, figure, value, better)) : Optional.empty();
  }

  /** "pages, document pages req/s": the ratio's name in messages. */
  public String name() {
    return bench + ", " + figure;
  }

  /** The value to four significant digits, the way the file and the messages give it: "0.2791", "12.5". */
  public String shown() {
    return value == 0 ? "0" : new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }

  private static boolean named(String s) {
    return s != null && !s.isBlank() && s.strip().equals(s) && s.chars().noneMatch(c -> c == '\t' || c == '\n' || c == '\r');
  }
}

package org.opis.bench.ratios;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Ratios measured now against the ratios recorded, figure by figure: a ratio fails only when it
 * is more than {@code tolerance} times worse than recorded (a rate ratio below a third of the
 * recorded one, a start-up ratio above three times it, with the default of 3). Exactly three
 * times worse passes. A figure on one side only is reported, never failed.
 */
public final class RatioCheck {
  /** How many times worse a ratio may be before it fails, by default. */
  public static final double TOLERANCE = 3;

  /** What became of one figure. */
  public enum Outcome {
    /** Measured and recorded, and no more than the tolerance worse. */
    KEPT,
    /** More than the tolerance worse than recorded. */
    REGRESSED,
    /** Recorded, but not measured in this run. */
    MISSING,
    /** Measured, but never recorded. */
    NEW,
    /** Recorded with the other direction of better: the figure changed meaning and must be recorded again. */
    CHANGED
  }

  /**
   * One figure's outcome, with the ratios behind it.
   *
   * @param worse how many times worse the ratio is now than recorded: 1 the same, 2 twice as
   *     bad, 0.5 twice as good; not a number unless both are known
   */
  public record Verdict(Outcome outcome, Optional<Ratio> recorded, Optional<Ratio> now, double worse,
      double tolerance) {

    public boolean failed() {
      return outcome == Outcome.REGRESSED;
    }

    /** The verdict as a person reads it, on one line. */
    public String line() {
      Ratio any = recorded.or(() -> now).orElseThrow();
      return switch (outcome) {
        case KEPT -> String.format("ok: %s: %s now, %s recorded (%s; fails beyond %sx worse, %s is better)",
            any.name(), now.orElseThrow().shown(), recorded.orElseThrow().shown(), change(), factor(tolerance),
            any.better().word());
        case REGRESSED -> String.format("REGRESSED: %s: %s now, %s recorded: %s, more than %sx (%s is better)",
            any.name(), now.orElseThrow().shown(), recorded.orElseThrow().shown(), change(), factor(tolerance),
            any.better().word());
        case MISSING -> String.format("missing: %s: recorded %s, not measured in this run (not failed)",
            any.name(), any.shown());
        case NEW -> String.format("new: %s: %s now, not recorded (not failed)", any.name(), any.shown());
        case CHANGED -> String.format("changed: %s: recorded with %s better, now with %s better; record it again "
            + "(not failed)", any.name(), recorded.orElseThrow().better().word(), now.orElseThrow().better().word());
      };
    }

    /** "pages, document pages req/s: 0.05 now, 0.2791 recorded, 5.58x worse": what failed, for a summary. */
    public String brief() {
      Ratio any = recorded.or(() -> now).orElseThrow();
      return any.name() + ": " + now.map(Ratio::shown).orElse("none") + " now, "
          + recorded.map(Ratio::shown).orElse("none") + " recorded" + (Double.isNaN(worse) ? "" : ", " + change());
    }

    private String change() {
      if (worse == Double.POSITIVE_INFINITY) {
        return "infinitely worse";
      }
      return worse >= 1 ? factor(worse) + "x worse" : factor(1 / worse) + "x better";
    }
  }

  /** A factor as messages give it, to two decimals at most: "3", "2.5", "1.05". */
  public static String factor(double f) {
    String s = String.format(Locale.ROOT, "%.2f", f);
    return s.contains(".") ? s.replaceAll("\\.?0+$", "") : s;
  }

  private RatioCheck() {}

  /**
   * Every figure of either list: the recorded ones in their order, then those only measured now.
   *
   * @param tolerance how many times worse a ratio may be and pass, 1 or more
   */
  public static List<Verdict> compare(List<Ratio> recorded, List<Ratio> now, double tolerance) {
    if (!(tolerance >= 1) || Double.isInfinite(tolerance)) {
      throw new IllegalArgumentException("a tolerance of " + tolerance + ": give a factor of 1 or more");
    }
    Map<String, Ratio> measured = new LinkedHashMap<>();
    now.forEach(r -> measured.put(r.name(), r));
    List<Verdict> verdicts = new ArrayList<>();
    for (Ratio was : recorded) {
      Ratio is = measured.remove(was.name());
      if (is == null) {
        verdicts.add(new Verdict(Outcome.MISSING, Optional.of(was), Optional.empty(), Double.NaN, tolerance));
      } else if (is.better() != was.better()) {
        verdicts.add(new Verdict(Outcome.CHANGED, Optional.of(was), Optional.of(is), Double.NaN, tolerance));
      } else {
        double worse = worse(was, is);
        // a hair of slack, so that 0.9 against 0.3, which is 3.0000000000000004 in binary, is exactly three
        verdicts.add(new Verdict(worse > tolerance * (1 + 1e-9) ? Outcome.REGRESSED : Outcome.KEPT, Optional.of(was),
            Optional.of(is), worse, tolerance));
      }
    }
    measured.values().forEach(is -> verdicts.add(new Verdict(Outcome.NEW, Optional.empty(), Optional.of(is),
        Double.NaN, tolerance)));
    return verdicts;
  }

  // the bad direction's value over the good one's: a ratio that was 0 and is 0 is the same
  private static double worse(Ratio was, Ratio is) {
    double bad = was.better() == Ratio.Better.LOWER ? is.value() : was.value();
    double good = was.better() == Ratio.Better.LOWER ? was.value() : is.value();
    if (bad == good) {
      return 1;
    }
    return good == 0 ? Double.POSITIVE_INFINITY : bad / good;
  }
}

package org.opis.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * How often something recurs, as typed on the command line: {@code 7d}, {@code 12h},
 * {@code 30m}, {@code 45s}, an ISO 8601 duration ({@code P7D}, {@code PT12H}), or {@code off}.
 *
 * @param every empty for {@code off}
 */
record Interval(Optional<Duration> every) {
  private static final Pattern SHORT = Pattern.compile("(\\d{1,9})\\s*([dhms])");

  /** Reads an interval as typed; picocli reports a {@link TypeConversionException} as a usage error. */
  static final class Reader implements ITypeConverter<Interval> {
    @Override
    public Interval convert(String typed) {
      return parse(typed);
    }
  }

  static Interval parse(String typed) {
    String t = typed.strip().toLowerCase(Locale.ROOT);
    if (t.equals("off") || t.equals("never") || t.equals("0")) {
      return new Interval(Optional.empty());
    }
    Matcher m = SHORT.matcher(t);
    Duration d;
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      d = switch (m.group(2)) {
        case "d" -> Duration.ofDays(n);
        case "h" -> Duration.ofHours(n);
        case "m" -> Duration.ofMinutes(n);
        default -> Duration.ofSeconds(n);
      };
    } else {
      try {
        d = Duration.parse(t.toUpperCase(Locale.ROOT));
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("\"" + typed + "\" is not an interval: write 7d, 12h, 30m, 45s, P7D or off");
      }
    }
    if (d.isNegative() || d.isZero()) {
      throw new TypeConversionException("\"" + typed + "\" is not an interval: it must be longer than nothing, or off");
    }
    return new Interval(Optional.of(d));
  }
}

package org.opis.oai;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code from} or {@code until} argument: a day ({@code 2024-06-01}) or a second in UTC
 * ({@code 2024-06-01T12:00:00Z}), the two granularities this repository supports. Both bounds are
 * inclusive at their granularity: {@code until=2024-06-01} takes in the whole day, {@code
 * until=2024-06-01T12:00:00Z} the whole second.
 *
 * @param asWritten the argument as the harvester wrote it
 * @param start the first instant it takes in
 * @param end the first instant after it
 * @param seconds whether it was written to the second rather than to the day
 */
record Datestamp(String asWritten, Instant start, Instant end, boolean seconds) {
  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern SECOND = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})Z");
  private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
      .withZone(ZoneOffset.UTC);

  /**
   * Reads the value of argument {@code name}.
   *
   * @throws RefusedRequest badArgument when it is not a day or a second in the forms above, or
   *     names one that does not exist (2024-02-30, 25:00:00)
   */
  static Datestamp read(String name, String value) {
    try {
      Matcher day = DAY.matcher(value);
      if (day.matches()) {
        LocalDate d = LocalDate.of(number(day, 1), number(day, 2), number(day, 3));
        Instant start = d.atStartOfDay().toInstant(ZoneOffset.UTC);
        return new Datestamp(value, start, start.plus(1, ChronoUnit.DAYS), false);
      }
      Matcher second = SECOND.matcher(value);
      if (second.matches()) {
        Instant start = LocalDateTime.of(number(second, 1), number(second, 2), number(second, 3),
            number(second, 4), number(second, 5), number(second, 6)).toInstant(ZoneOffset.UTC);
        return new Datestamp(value, start, start.plusSeconds(1), true);
      }
    } catch (DateTimeException e) {
      throw new RefusedRequest(ErrorCode.BAD_ARGUMENT,
          "the argument " + name + " \"" + value + "\" names no such day or time: " + e.getMessage());
    }
    throw new RefusedRequest(ErrorCode.BAD_ARGUMENT, "the argument " + name + " \"" + value
        + "\" is not a date in UTC: write it as YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ");
  }

  /** An instant as a datestamp of this repository: to the second, in UTC. */
  static String write(Instant instant) {
    return WRITTEN.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  private static int number(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}

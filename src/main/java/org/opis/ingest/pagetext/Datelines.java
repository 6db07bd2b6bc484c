package org.opis.ingest.pagetext;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opis.authority.PlaceRef;
import org.opis.record.Dateline;

/**
 * The dateline of a text and its time of writing. A dateline is a short line near the start
 * ("Vladikavkaz, 16 November", "Moscow, 3 December 1920", "Москва, 3 декабря 1920 г."); a
 * telegram's time of dispatch is a line near the end ("16 November 17-5", where "17-5" is
 * 17:05; "17:05", "17.05 hrs", "1705 hours").
 */
final class Datelines {
  private static final String MONTH = "(?i:" + Months.ANY + ")";
  private static final String DAY_MONTH = "\\d{1,2}\\s+" + MONTH + "(?:\\s+\\d{4}(?:\\s*(?:г\\.|года))?)?";
  private static final String MONTH_DAY = MONTH + "\\s+\\d{1,2}(?:,\\s*\\d{4})?";
  private static final String DATE = "(?:" + DAY_MONTH + "|" + MONTH_DAY + "|\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}|"
      + MONTH + "\\s+\\d{4})";
  private static final Pattern DATELINE = Pattern.compile(
      "(?<place>\\p{Lu}[\\p{L}.'’ -]{1,40}?),\\s*(?<date>" + DATE + ")\\.?");
  private static final Pattern TIME = Pattern.compile(
      "(?:(?:" + DAY_MONTH + "|" + MONTH_DAY + ")\\s+)?(?:"
          + "(?<h1>\\d{1,2})-(?<m1>\\d{1,2})(?:\\s*(?i:hrs|hours|h)\\.?)?"
          + "|(?<h2>\\d{1,2})[:.](?<m2>\\d{2})(?:\\s*(?i:hrs|hours|h)\\.?)?"
          + "|(?<h3>\\d{2})(?<m3>\\d{2})\\s*(?i:hrs|hours)\\.?)");
  private static final int NEAR = 3;
  private static final int SHORT_LINE = 60;

  private Datelines() {}

  /** The dateline and time of writing of a text given as its paragraphs; {@link Dateline#NONE} when it has neither. */
  static Dateline of(List<String> paragraphs) {
    Optional<Matcher> dateline = firstLine(paragraphs.subList(0, Math.min(NEAR, paragraphs.size())), DATELINE)
        .or(() -> firstLine(paragraphs.subList(Math.max(0, paragraphs.size() - NEAR), paragraphs.size()), DATELINE));
    Optional<String> time = lastTime(paragraphs.subList(Math.max(0, paragraphs.size() - NEAR - 1), paragraphs.size()));
    return new Dateline(
        dateline.map(m -> m.group().substring(0, m.end("date"))),
        dateline.map(m -> PlaceRef.named(AgentNames.unshout(m.group("place").strip()))),
        time);
  }

  private static Optional<Matcher> firstLine(List<String> paragraphs, Pattern pattern) {
    for (String paragraph : paragraphs) {
      for (String line : paragraph.split("\n")) {
        String flat = Block.flatten(line);
        Matcher m = pattern.matcher(flat);
        if (flat.length() <= SHORT_LINE && m.matches()) {
          return Optional.of(m);
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> lastTime(List<String> paragraphs) {
    for (int p = paragraphs.size() - 1; p >= 0; p--) {
      String[] lines = paragraphs.get(p).split("\n");
      for (int i = lines.length - 1; i >= 0; i--) {
        String flat = Block.flatten(lines[i]);
        Matcher m = TIME.matcher(flat);
        if (flat.length() <= SHORT_LINE && m.matches()) {
          Optional<String> time = clock(m);
          if (time.isPresent()) {
            return time;
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> clock(Matcher m) {
    for (int i = 1; i <= 3; i++) {
      if (m.group("h" + i) != null) {
        int hour = Integer.parseInt(m.group("h" + i));
        int minute = Integer.parseInt(m.group("m" + i));
        return hour < 24 && minute < 60 ? Optional.of(String.format("%02d:%02d", hour, minute)) : Optional.empty();
      }
    }
    return Optional.empty();
  }
}

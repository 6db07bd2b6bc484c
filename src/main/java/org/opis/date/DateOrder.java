package org.opis.date;

import java.util.List;
import java.util.Optional;
import org.opis.date.WrittenDate.DecadePart;

/**
 * The orders in which a day, month and year are written: day month year ("16 November 1920"),
 * month day year ("November 16, 1920"), year month day ("1920 November 16"), and the shorter
 * forms the ends of a range use ("16", "November 16", "18, 1920"). Between full stops a number
 * is a month ("16.11.1920": day, month, year, never the American month first).
 */
final class DateOrder {
  private DateOrder() {}

  /** One piece of a written date: a number, a named month, or a part of a decade. */
  sealed interface Token permits Number, Named, Part {}

  /** A number as written: its value, how many digits, and whether a full stop follows it. */
  record Number(int value, int digits, boolean stop) implements Token {}

  /** A month named in words or Roman numerals. */
  record Named(int month) implements Token {}

  /** "early", "mid" or "late", before a decade. */
  record Part(DecadePart part) implements Token {}

  /**
   * The date the tokens spell, or empty when they are in no order a date is written in.
   *
   * @param decade true when the year was written as a decade ("1920s", "années 1920")
   */
  static Optional<WrittenDate> of(
      List<Token> tokens, boolean decade, Qualifier qualifier, DateText source) {
    Optional<DecadePart> part = Optional.empty();
    List<Token> rest = tokens;
    if (!tokens.isEmpty() && tokens.get(0) instanceof Part p) {
      part = Optional.of(p.part());
      rest = tokens.subList(1, tokens.size());
    }
    if (decade || part.isPresent()) {
      // "1900s" could be the decade or the century; archives that mean the century write
      // "20th century", so it is read as the decade 1900-1909 (EDTF 190X).
      if (decade && rest.size() == 1 && rest.get(0) instanceof Number n
          && n.digits() >= 3 && n.value() > 0 && n.value() % 10 == 0) {
        return Optional.of(new WrittenDate(
            n.value(), 0, 0, Optional.of(part.orElse(DecadePart.WHOLE)), qualifier));
      }
      return Optional.empty();
    }
    StringBuilder order = new StringBuilder();
    int[] values = new int[rest.size()];
    for (int i = 0; i < rest.size(); i++) {
      Token token = rest.get(i);
      if (token instanceof Named named) {
        order.append('M');
        values[i] = named.month();
      } else if (token instanceof Number n) {
        order.append(n.digits() >= 3 ? 'Y' : 'D');
        values[i] = n.value();
      } else {
        return Optional.empty();
      }
    }
    numberedMonth(rest, order);
    for (int i = 0; i < order.length(); i++) {
      if (order.charAt(i) == 'M' && (values[i] < 1 || values[i] > 12)) {
        throw source.noSuchMonth(values[i]);
      }
      if (order.charAt(i) != 'M' && values[i] == 0) {
        return Optional.empty();
      }
    }
    String shape = order.toString();
    int year = shape.indexOf('Y') < 0 ? 0 : values[shape.indexOf('Y')];
    int month = shape.indexOf('M') < 0 ? 0 : values[shape.indexOf('M')];
    int day = shape.indexOf('D') < 0 ? 0 : values[shape.indexOf('D')];
    return switch (shape) {
      case "Y", "MY", "YM", "DMY", "MDY", "YMD", "DM", "MD", "D", "M", "DY" ->
          Optional.of(new WrittenDate(year, month, day, Optional.empty(), qualifier));
      default -> Optional.empty();
    };
  }

  /** Marks the number between full stops as the month: "16.11.1920", "16.11.", "11.1920". */
  private static void numberedMonth(List<Token> tokens, StringBuilder order) {
    if (order.indexOf("M") >= 0) {
      return;
    }
    String shape = order.toString();
    boolean firstStop = !tokens.isEmpty() && tokens.get(0) instanceof Number n && n.stop();
    boolean secondStop = tokens.size() > 1 && tokens.get(1) instanceof Number n && n.stop();
    if (firstStop && secondStop && (shape.equals("DDY") || shape.equals("DD"))) {
      order.setCharAt(1, 'M');
    } else if (firstStop && shape.equals("DY")) {
      order.setCharAt(0, 'M');
    }
  }
}

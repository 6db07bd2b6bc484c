package org.opis.ingest.pagetext;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opis.date.DateParser;

/**
 * Whether a line has the shape of the date at the top of a document page ("November 16, 1920",
 * "c. 1950", "March 1953", "[1920]", "Undated"). Only the shape is judged here, to find the
 * date line; reading it is {@link org.opis.date.DateParser}'s work, so that an impossible date
 * ("February 30, 1946") is still taken for the date line and reported as such.
 */
final class DateShape {
  private static final Pattern TOKEN = Pattern.compile("\\p{L}+\\.?|\\d+(?:st|nd|rd|th|s)?|\\S");
  private static final Set<String> WORDS = Set.of(
      "circa", "c.", "ca.", "c", "ca", "approximately", "approx.", "about", "around", "early",
      "late", "mid", "middle", "spring", "summer", "autumn", "fall", "winter", "before", "after",
      "between", "and", "to", "or", "of", "the", "beginning", "end", "first", "second", "half",
      "century", "o.s.", "n.s.", "o.", "s.", "n.", "old", "new", "style", "possibly", "probably",
      "not", "later", "than", "earlier", "г.", "г", "года", "год");
  private static final Pattern YEAR = Pattern.compile("\\b\\d{3,4}s?\\b");

  private DateShape() {}

  /** Whether a one-line text looks like a date or like a statement that there is none. */
  static boolean looksLikeDate(String line) {
    if (line.length() > 80) {
      return false;
    }
    if (DateParser.isUndated(line)) {
      return true;
    }
    if (!YEAR.matcher(line).find()) {
      return false;
    }
    Matcher tokens = TOKEN.matcher(line);
    while (tokens.find()) {
      String token = tokens.group();
      if (Character.isLetter(token.charAt(0))
          && !WORDS.contains(token.toLowerCase(Locale.ROOT))
          && Months.number(token).isEmpty() && !DateParser.namesAMonth(token)) {
        return false;
      }
      if (!Character.isLetterOrDigit(token.charAt(0)) && "-–—/,.?[]()~".indexOf(token.charAt(0)) < 0) {
        return false;
      }
    }
    return true;
  }
}

package org.opis.date;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How sure the writer is of a date: "circa 1920" is approximate (EDTF "1920~"), "1920?" is
 * uncertain ("1920?"), "circa 1920?" is both ("1920%").
 *
 * <p>A qualifier keeps the range of the date it qualifies: "circa 1920" still runs from
 * 1920-01-01 to 1920-12-31. How far "circa" reaches is a judgement the EDTF string records and
 * a reader makes; widening the range would make a search for 1919 find it as if the document
 * said so.
 *
 * @param rest the text without its qualifiers
 */
record Qualifier(String rest, boolean approximate, boolean uncertain) {
  private static final Set<String> APPROXIMATE = Set.of(
      "circa", "circ", "c", "ca", "approximately", "approx", "about", "around", "abt",
      "около", "ок", "приблизительно", "примерно", "um", "etwa", "ungefähr", "gegen", "vers",
      "environ", "env", "ok", "około", "kolem", "cca", "asi");
  private static final Set<String> UNCERTAIN = Set.of(
      "probably", "possibly", "perhaps", "presumably", "вероятно", "предположительно",
      "возможно", "vermutlich", "wahrscheinlich", "probablement", "peut-être", "prawdopodobnie",
      "pravděpodobně");
  private static final Pattern LEADING_WORD = Pattern.compile("([\\p{L}-]+)\\.? ?");

  /** Reads the qualifiers off the front ("circa", "~") and back ("?", "(?)") of a date. */
  static Qualifier of(String text) {
    String rest = text.strip();
    boolean approximate = false;
    boolean uncertain = false;
    boolean found = true;
    while (found && !rest.isEmpty()) {
      found = false;
      Matcher word = LEADING_WORD.matcher(rest);
      if (rest.startsWith("~")) {
        approximate = found = true;
        rest = rest.substring(1).strip();
      } else if (word.lookingAt() && word.end() < rest.length()) {
        if (APPROXIMATE.contains(word.group(1))) {
          approximate = found = true;
          rest = rest.substring(word.end());
        } else if (UNCERTAIN.contains(word.group(1))) {
          uncertain = found = true;
          rest = rest.substring(word.end());
        }
      }
      if (rest.endsWith("(?)")) {
        uncertain = found = true;
        rest = rest.substring(0, rest.length() - 3).strip();
      } else if (rest.endsWith("?")) {
        uncertain = found = true;
        rest = rest.substring(0, rest.length() - 1).strip();
      }
    }
    return new Qualifier(rest, approximate, uncertain);
  }

  /** This qualifier together with another, as for one end of "circa 1920-1925". */
  Qualifier and(Qualifier other) {
    return new Qualifier(rest, approximate || other.approximate, uncertain || other.uncertain);
  }

  /** The EDTF mark: "~", "?", "%" or nothing. */
  String mark() {
    return approximate && uncertain ? "%" : approximate ? "~" : uncertain ? "?" : "";
  }
}

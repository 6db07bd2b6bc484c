package org.opis.cite;

import java.util.regex.Pattern;

/**
 * Tidies what the CSL processor writes. citeproc-java 3.5 keeps the delimiter of a style's
 * group for a part that rendered nothing when another part of the group did: with a translator,
 * Chicago comes out as "Telegram, , trans. Gary Goldberg" and APA as "(; G. Goldberg, Trans.)".
 * The styles are right (citeproc-js prints no empty part); the stray delimiters are removed here.
 */
final class Punctuation {
  // a comma or semicolon straight after another mark and its space stands for nothing
  private static final Pattern GHOST_AFTER_MARK = Pattern.compile("([,.;:])(?:\\s+[,;])+(?=\\s)");
  // a full stop alone between two full stops ("Telegram. . Translated")
  private static final Pattern GHOST_STOP = Pattern.compile("(?<=[^.]\\.)\\s+\\.(?=\\s)");
  private static final Pattern GHOST_OPENING = Pattern.compile("\\(\\s*[,;]\\s*");
  private static final Pattern SPACES = Pattern.compile(" {2,}");

  private Punctuation() {}

  static String tidy(String formatted) {
    String s = formatted.strip();
    s = GHOST_AFTER_MARK.matcher(s).replaceAll("$1");
    s = GHOST_STOP.matcher(s).replaceAll("");
    s = GHOST_OPENING.matcher(s).replaceAll("(");
    return SPACES.matcher(s).replaceAll(" ");
  }
}

package org.opis.web;

/**
 * A value a reader typed, made fit to repeat back in a message: control characters shown as
 * "?", and anything longer than a line cut short, so a 10,000-character address does not come
 * back as a 10,000-character error.
 */
final class Quote {
  private static final int LONGEST = 80;

  private Quote() {}

  static String shortened(String typed) {
    StringBuilder s = new StringBuilder(Math.min(typed.length(), LONGEST + 1));
    typed.codePoints().limit(LONGEST).forEach(c -> s.appendCodePoint(Character.isISOControl(c) ? '?' : c));
    return typed.codePointCount(0, typed.length()) > LONGEST ? s.append('\u2026').toString() : s.toString();
  }
}

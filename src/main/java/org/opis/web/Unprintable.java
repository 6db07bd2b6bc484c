package org.opis.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Marks the characters a page must not carry with U+FFFD. Catalog text keeps what was imported,
 * and imports bring control characters from PDF copies and OCR (a BEL, an escape sequence, a NUL);
 * HTML calls each a parse error and browsers show them unpredictably, so every page is mended on
 * the way out, visibly, rather than the record changed silently on the way in.
 */
final class Unprintable {
  private static final char REPLACEMENT = '\uFFFD';

  private Unprintable() {}

  /** The page with every control character but white space, and every noncharacter, marked. */
  static String mended(String page) {
    int first = firstUnprintable(page, 0);
    if (first < 0) {
      return page;
    }
    StringBuilder out = new StringBuilder(page.length());
    int from = 0;
    for (int at = first; at >= 0; at = firstUnprintable(page, from)) {
      out.append(page, from, at).append(REPLACEMENT);
      from = at + 1;
    }
    return out.append(page, from, page.length()).toString();
  }

  /**
   * The fields of a form as sent, except those sent back as they were shown: a stored value
   * holding a character a page marks comes back marked (and with the browser's CRLF line ends),
   * and saved so would change a field the editor never touched.
   *
   * @param shown the stored value of each field the form showed, by field name
   * @param singleLine the fields shown in an {@code <input>}, whose value a browser sends back
   *     without the line breaks a stored value may hold
   */
  static Map<String, String> asStored(Map<String, String> sent, Map<String, String> shown, Set<String> singleLine) {
    Map<String, String> fields = new LinkedHashMap<>(sent);
    shown.forEach((name, stored) -> {
      String value = sent.get(name);
      if (value == null || value.equals(stored)) {
        return;
      }
      String asShown = mended(stored.replace("\r\n", "\n"));
      if (value.replace("\r\n", "\n").equals(asShown)
          || singleLine.contains(name) && value.equals(asShown.replace("\r", "").replace("\n", ""))) {
        fields.put(name, stored);
      }
    });
    return fields;
  }

  private static int firstUnprintable(String page, int from) {
    for (int i = from; i < page.length(); i++) {
      if (unprintable(page.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  // HTML's "control-character-in-input-stream" and "noncharacter-in-input-stream" errors; TAB, LF,
  // FF and CR are white space. Noncharacters outside the BMP are not checked: none is typed.
  private static boolean unprintable(char c) {
    if (c < 0x20) {
      return c != '\t' && c != '\n' && c != '\f' && c != '\r';
    }
    return (c >= 0x7F && c <= 0x9F) || (c >= 0xFDD0 && c <= 0xFDEF) || c == 0xFFFE || c == 0xFFFF;
  }
}

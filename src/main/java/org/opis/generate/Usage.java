package org.opis.generate;

import java.util.List;

/**
 * A name or word and the years in which a document would use it, written in the resources as
 * "Leningrad @1924-1991" (no "@" part: always).
 *
 * @param text the name or word
 * @param years when it was in use
 * @param script the writing system of its first letter, to match it to a document's language
 */
record Usage(String text, Years years, Script script) {
  static Usage parse(String written) {
    int at = written.lastIndexOf(" @");
    String text = at < 0 ? written.trim() : written.substring(0, at).trim();
    Years years = at < 0 ? Years.ALWAYS : Years.parse(written.substring(at + 2));
    return new Usage(text, years, Script.of(text));
  }

  static List<Usage> parseAll(List<String> written) {
    return written.stream().map(Usage::parse).toList();
  }
}

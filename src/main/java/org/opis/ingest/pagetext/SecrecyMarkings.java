package org.opis.ingest.pagetext;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secrecy marking written at the head of a document ("TOP SECRET", "Strictly Confidential",
 * "Совершенно секретно"), found on a line of its own near the start of the text when the page
 * has no "Original Classification" label.
 */
final class SecrecyMarkings {
  private static final Pattern MARKING = Pattern.compile(
      "(?iu)(?:top secret|strictly secret|secret|strictly confidential|confidential|"
          + "for official use only|eyes only|top secret,? eyes only|special file|"
          + "совершенно секретно|строго секретно|секретно|особая папка|绝密|机密|秘密)\\.?");
  private static final int NEAR = 3;

  private SecrecyMarkings() {}

  /** The marking standing alone on a line in the first paragraphs, as written. */
  static Optional<String> atHead(String body) {
    String[] paragraphs = body.split("\n\n");
    for (int p = 0; p < Math.min(NEAR, paragraphs.length); p++) {
      for (String line : paragraphs[p].split("\n")) {
        String flat = Block.flatten(line);
        if (MARKING.matcher(flat).matches()) {
          return Optional.of(flat.endsWith(".") ? flat.substring(0, flat.length() - 1) : flat);
        }
      }
    }
    return Optional.empty();
  }
}

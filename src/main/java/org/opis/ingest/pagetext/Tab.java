package org.opis.ingest.pagetext;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opis.record.Languages;
import org.opis.record.TextKind;

/**
 * A tab of the text on a document page ("English Translation", "Translation - English",
 * "Transcript - Russian", "Original Scan"), which survives scraping as a heading line. A tab
 * says what kind of text follows and in which language; the scan tab holds no text.
 *
 * @param kind translation or transcription; empty for the scan tab
 * @param language the BCP 47 tag the tab names, if it names one
 */
record Tab(Optional<TextKind> kind, Optional<String> language) {
  private static final Pattern TEXT_TAB = Pattern.compile(
      "(?i)(?:(?<before>\\p{L}+(?: \\p{L}+)?) )?(?<kind>translation|transcript|transcription)"
          + "(?: ?[-–—:(] ?(?<after>\\p{L}+(?: \\p{L}+)?)\\)?)?");
  private static final Pattern SCAN_TAB = Pattern.compile(
      "(?i)(?:original )?(?:scans?|pdf|document scan)|scan of the original|original document");
  private static final Set<String> NOT_A_LANGUAGE = Set.of("original", "original language", "full");

  /** Whether this is the tab of the scans of the original, which holds no text. */
  boolean isScan() {
    return kind.isEmpty();
  }

  /** The tab a one-line block names; empty when the block is not a tab heading. */
  static Optional<Tab> of(Block block) {
    if (block.lines().size() != 1 || block.lines().get(0).length() > Furniture.SHORT) {
      return Optional.empty();
    }
    String line = block.flat();
    if (SCAN_TAB.matcher(line).matches()) {
      return Optional.of(new Tab(Optional.empty(), Optional.empty()));
    }
    Matcher m = TEXT_TAB.matcher(line);
    if (!m.matches()) {
      return Optional.empty();
    }
    String named = m.group("before") != null ? m.group("before") : m.group("after");
    Optional<String> language = Optional.empty();
    if (named != null && !NOT_A_LANGUAGE.contains(named.toLowerCase(Locale.ROOT))) {
      language = Languages.tag(named);
      if (language.isEmpty()) {
        return Optional.empty();
      }
    }
    TextKind kind = m.group("kind").toLowerCase(Locale.ROOT).equals("translation")
        ? TextKind.TRANSLATION
        : TextKind.TRANSCRIPTION;
    return Optional.of(new Tab(Optional.of(kind), language));
  }
}

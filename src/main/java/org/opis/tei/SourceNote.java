package org.opis.tei;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opis.reference.ArchivalReference;
import org.opis.reference.ReferenceParser;

/**
 * What a documentary edition's source note says about the original: FRUS opens each document
 * with "Source: Johnson Library, National Security File, Iran, Vol. I. Secret; Priority. ...",
 * whose first sentence is the archival reference (read by {@link ReferenceParser}; the holder
 * named before its first comma is the repository) and whose sentence of classification words is the
 * secrecy marking. "No classification marking." is no marking.
 *
 * @param reference the archival reference; empty when the note gives none
 * @param classification the marking as the note words it ("Secret; Priority; Exdis")
 */
record SourceNote(Optional<ArchivalReference> reference, Optional<String> classification) {
  private static final Pattern SENTENCE_END = Pattern.compile("\\.\\s+(?=[\\p{Lu}(\\[])");
  private static final Pattern CLASSIFICATION = Pattern.compile(
      "^(?:Top Secret|Secret|Confidential|Limited Official Use|Official Use Only|Unclassified|Eyes Only)\\b.*");
  private static final Set<String> ABBREVIATIONS = Set.of("no", "nos", "vol", "vols", "dept", "p", "pp", "ff",
      "mr", "mrs", "dr", "gen", "col", "st", "u.s", "s", "n", "e", "w", "box", "f", "op", "d", "l", "ll");

  static SourceNote read(String note) {
    String text = note.strip().replaceFirst("(?i)^sources?:\\s*", "");
    List<String> sentences = sentences(text);
    if (sentences.isEmpty()) {
      return new SourceNote(Optional.empty(), Optional.empty());
    }
    Optional<String> classification = sentences.stream().skip(1)
        .filter(s -> CLASSIFICATION.matcher(s).matches())
        .map(s -> s.replaceAll("[.\\s]+$", ""))
        .findFirst();
    String first = sentences.get(0).replaceAll("[.\\s]+$", "");
    Optional<ArchivalReference> reference = first.isEmpty() || CLASSIFICATION.matcher(first).matches()
        ? Optional.empty() : Optional.of(holder(ReferenceParser.parse(first)));
    return new SourceNote(reference, classification);
  }

  // a source note names the holder first ("Department of State, Central Files, POL IRAN-US"), even
  // where its name has no word of an archive in it
  private static ArchivalReference holder(ArchivalReference r) {
    if (r.repository().isPresent()) {
      return r;
    }
    int comma = r.asWritten().indexOf(',');
    String first = comma > 0 ? r.asWritten().substring(0, comma).strip() : "";
    boolean name = !first.isEmpty() && first.length() <= 80 && first.chars().noneMatch(Character::isDigit)
        && Character.isUpperCase(first.charAt(0));
    return name ? new ArchivalReference(r.asWritten(), Optional.of(first), r.system(), r.levels()) : r;
  }

  // sentences end with a full stop before a capital, but not after "No." or "Vol." or an initial,
  // unless a marking follows ("Vol. I. Top Secret.")
  private static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = SENTENCE_END.matcher(text);
    int from = 0;
    while (m.find()) {
      String before = text.substring(from, m.start());
      String word = before.substring(before.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
      boolean marking = CLASSIFICATION.matcher(text.substring(m.end())).matches();
      if (!marking && (ABBREVIATIONS.contains(word) || word.matches("(?:\\p{L}\\.)*\\p{L}"))) {
        continue;
      }
      out.add(text.substring(from, m.start() + 1).strip());
      from = m.end();
    }
    if (from < text.length()) {
      out.add(text.substring(from).strip());
    }
    out.removeIf(String::isEmpty);
    return out;
  }
}

package org.opis.ingest.pagetext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The source of a document page: where the original is kept, followed by who obtained,
 * contributed or translated it ("RGASPI, f. 558, op. 11, d. 317, ll. 0001-0003. Translated by
 * Gary Goldberg."). Several references are separated by semicolons or line breaks. The
 * sentences after the reference are the archive's acknowledgements, not part of the reference.
 *
 * @param references each reference as written, without its closing full stop
 * @param translators the translators named, as written
 */
record SourceLine(List<String> references, List<String> translators) {
  private static final Pattern ACKNOWLEDGEMENT = Pattern.compile(
      "(?i)(?:^|(?<=[.;]\\s{1,3}))(?:obtained|translated|translation|contributed|donated|provided|"
          + "transcribed|edited|courtesy)\\b");
  // A full stop ends a sentence unless it closes an initial ("David P. Wolff"). The bounded
  // lengths keep the search linear on a long line that says "translated" but never "by".
  private static final Pattern TRANSLATORS = Pattern.compile(
      "[Tt]ranslat(?:ed|ion)\\b[^.;]{0,100}?\\b[Bb]y\\s+(?<names>[^;]{1,300}?)(?:(?<![\\s.]\\p{Lu})\\.(?=\\s|$)|;|$)");
  private static final Pattern ARCHIVAL_UNIT = Pattern.compile(
      "(?i)\\b(?:f|op|d|ll?|p|fond|opis|delo|box|folder|file|rg)\\.?\\s*\\d|archiv");
  // "RGASPI, ", "AVP RF, ": an archive's abbreviation opening a reference
  private static final Pattern ARCHIVE_ABBREVIATION = Pattern.compile("\\b\\p{Lu}{3,}\\b,");
  private static final Pattern FOR_WHOM = Pattern.compile("(?i)\\s+(?:for|from|with)\\s+.*$");

  SourceLine {
    references = List.copyOf(references);
    translators = List.copyOf(translators);
  }

  /** The references and translators of a source, one source or several, one a line. */
  static SourceLine read(String source) {
    List<String> references = new ArrayList<>();
    List<String> translators = new ArrayList<>();
    for (String line : source.split("\n")) {
      String flat = Block.flatten(line);
      Matcher ack = ACKNOWLEDGEMENT.matcher(flat);
      String reference = ack.find() ? flat.substring(0, ack.start()) : flat;
      for (String part : reference.split(";")) {
        String written = withoutFullStop(part.strip());
        if (!written.isEmpty()) {
          references.add(written);
        }
      }
      if (reference.length() < flat.length()) {
        Matcher by = TRANSLATORS.matcher(flat.substring(reference.length()));
        while (by.find()) {
          String names = FOR_WHOM.matcher(by.group("names")).replaceFirst("");
          for (String name : AgentNames.split(names)) {
            translators.add(withoutFullStop(name));
          }
        }
      }
    }
    return new SourceLine(references, translators);
  }

  /** Whether a block reads like an archival reference or an acknowledgement, not like prose. */
  static boolean looksLikeSource(String text) {
    return ACKNOWLEDGEMENT.matcher(text).find()
        || ARCHIVAL_UNIT.matcher(text).find()
        || ARCHIVE_ABBREVIATION.matcher(text).find();
  }

  private static String withoutFullStop(String text) {
    String stripped = text.strip();
    return stripped.endsWith(".") && !stripped.endsWith(" ob.") ? stripped.substring(0, stripped.length() - 1).strip() : stripped;
  }
}

package org.opis.reference;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.opis.authority.NameKey;

/** What Opis can tell about the name of a repository from the way it is written. */
final class Repositories {
  // Words that name an archive in the languages Opis's collections come from.
  private static final List<String> ARCHIVE_WORDS = List.of("archiv", "archive", "arkhiv",
      "архив", "library", "bibliothe", "bibliothè", "biblioteca", "библиотек", "museum", "музей",
      "record office", "records office", "collection", "institut");
  private static final Set<String> ACRONYMS = Set.of("RGASPI", "RGANI", "GARF", "RGAE", "RGVA",
      "RGALI", "TsAMO", "AVP RF", "AVPRF", "APRF", "РГАСПИ", "РГАНИ", "ГАРФ", "АПРФ", "АВП РФ",
      "TNA", "PRO", "NARA", "BArch", "PA AA", "SAPMO", "SAPMO-BArch", "AAN", "ÁBTL", "MNL OL", "PRC FMA",
      "MfAA", "AMAE", "AMVnR", "ANIC", "AMZV", "NA ČR", "AIPN", "BStU");

  // each Latin acronym by its key without spaces, the longest ("AVP RF" before "AVPRF") where two share one
  private static final java.util.Map<String, String> LATIN_BY_KEY = ACRONYMS.stream()
      .filter(a -> a.chars().allMatch(c -> c < 0x0400))
      .collect(java.util.stream.Collectors.toMap(Repositories::squeezed, a -> a,
          (a, b) -> a.length() != b.length() ? (a.length() > b.length() ? a : b) : (a.compareTo(b) < 0 ? a : b)));
  private static final String BRITISH = "The National Archives (UK)";
  // the UK National Archives under every name references give it, and no other national archives
  private static final java.util.regex.Pattern BRITISH_NAMES = java.util.regex.Pattern.compile("(?i)TNA(?:[ ,]+(?:PRO|Kew))?"
      + "|PRO|The National Archives(?: of the (?:UK|United Kingdom))?(?: ?\\(UK\\))?(?:,? ?Kew(?:,? ?(?:London|Richmond))?)?"
      + "|(?:UK|British) National Archives(?:,? ?Kew)?"
      + "|National Archives(?: of the (?:UK|United Kingdom)| ?\\(UK\\)|,? ?Kew)(?:,? ?(?:London|Richmond))?"
      + "|(?:the )?Public Record Office(?:,? ?(?:Kew|London))?(?: \\(PRO\\))?");

  private Repositories() {}

  /**
   * The name a repository is listed under, whatever a reference calls it: a Russian archive by its
   * Latin acronym in either script ("РГАСПИ" is RGASPI), the UK National Archives by that name
   * whether a reference says TNA, PRO, Public Record Office or The National Archives, Kew; any
   * other as written.
   */
  static String listedAs(String repository) {
    String name = repository.strip();
    if (BRITISH_NAMES.matcher(name).matches()) {
      return BRITISH;
    }
    return inLatin(name).orElse(name);
  }

  // a well-known acronym written in Cyrillic ("РГАСПИ") or run together ("AVPRF") is listed as the
  // Latin acronym with the same key (RGASPI, AVP RF): the comparison names and references use
  // (computed once: every index card asks, for each of its references)
  private static Optional<String> inLatin(String name) {
    return name.length() > 12 ? Optional.empty() : Optional.ofNullable(LATIN_BY_KEY.get(squeezed(name)));
  }

  private static String squeezed(String name) {
    return NameKey.of(name).replace(" ", "");
  }

  /** Whether {@code name} is the UK National Archives, under this or an earlier name. */
  static boolean isBritish(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return name.contains("TNA") || name.equals("PRO") || name.startsWith("PRO ")
        || n.contains("public record office") || n.contains("kew")
        || (n.contains("national archives") && !n.contains("record") && !n.contains("us ")
            && !n.contains("u.s.") && !n.contains("college park") && !n.contains("washington"));
  }

  /**
   * The repository of a reference nothing else was recognised in, when it is obvious: its first
   * part names an archive, a library or a museum, or is a well-known acronym, and has no digits
   * ("Bundesarchiv, NY 4090/472" gives "Bundesarchiv"), or is a well-known acronym followed by a
   * file number ("PRC FMA 109-00761-01, 1-3" gives "PRC FMA"); otherwise empty.
   */
  static Optional<String> guess(String asWritten) {
    List<Part> parts = Part.split(asWritten);
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    String first = Part.trim(parts.get(0).text());
    // "PRC FMA 109-00761-01": a well-known archive's acronym, then the file's number
    Optional<String> leading = ACRONYMS.stream()
        .filter(a -> first.startsWith(a + " ") && first.substring(a.length()).strip().matches("\\S*\\d\\S*"))
        .max(java.util.Comparator.comparingInt(String::length));
    if (leading.isPresent()) {
      return leading;
    }
    if (first.isEmpty() || first.length() > 200 || first.chars().anyMatch(Character::isDigit)) {
      return Optional.empty();
    }
    String lower = first.toLowerCase(Locale.ROOT);
    boolean named = ACRONYMS.contains(first) || ARCHIVE_WORDS.stream().anyMatch(lower::contains);
    return named ? Optional.of(first) : Optional.empty();
  }
}

package org.opis.authority;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Guesses whether a bare name is a person or an organisation, for formats that give only the
 * name. The guess leans to "person": an editor can correct it, and a wrong organisation is
 * harder to notice than a wrong person.
 */
public final class AgentKinds {
  private static final Set<String> BODY_WORDS = Set.of(
      "committee", "ministry", "embassy", "legation", "consulate", "party", "council", "government",
      "department", "office", "bureau", "foundation", "agency", "secretariat", "commission",
      "presidium", "politburo", "command", "headquarters", "army", "navy", "delegation",
      "directorate", "service", "commissariat", "comintern", "cominform", "congress", "senate",
      "parliament", "majlis", "cabinet", "administration", "institute", "university", "union",
      "league", "front", "organization", "organisation", "association", "society", "bank",
      "company", "corporation", "station", "mission", "staff", "group", "division", "section",
      "board", "court", "tass", "nkvd", "kgb", "cia", "mgb", "gru", "cpsu", "sed", "ccp", "cc",
      "ussr", "un", "nato", "stasi", "chancellery", "assembly", "narkomindel", "mfa",
      "zentralkomitee", "ministerium", "ministère", "comité");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  // "TsEKA", "VTsIK", "TsK", "KGB": abbreviations with capitals after the first letter
  private static final Pattern ABBREVIATION = Pattern.compile("\\p{Lu}\\p{Ll}?\\p{Lu}{1,5}\\p{Ll}?");

  private AgentKinds() {}

  /** The likelier kind of a name given with nothing else. */
  public static AgentKind guess(String name) {
    var words = WORD.matcher(name);
    while (words.find()) {
      String word = words.group();
      if (BODY_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        return AgentKind.ORGANISATION;
      }
      if (word.length() <= 5 && ABBREVIATION.matcher(word).matches() && !isShoutedName(word)) {
        return AgentKind.ORGANISATION;
      }
    }
    return AgentKind.PERSON;
  }

  // "LENIN" in a telegram is a name in capitals, not an abbreviation: five capitals with vowels
  private static boolean isShoutedName(String word) {
    return word.length() == 5
        && word.equals(word.toUpperCase(Locale.ROOT))
        && word.chars().filter(c -> "AEIOUY".indexOf(c) >= 0).count() >= 2;
  }
}

package org.opis.ingest.pagetext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opis.authority.AgentKinds;
import org.opis.authority.AgentRef;

/**
 * Names of people and organisations as titles and labels give them, made readable: a name a
 * telegram shouts in capitals ("LENIN") is written as a name ("Lenin"), an editor's gloss in
 * square brackets becomes a parenthesis ("TsEKA (Central Committee)"), and a leading "the" or
 * "Comrade", or an office before a name ("President Harry S. Truman"), is dropped. Abbreviations ("CPSU CC", "TsEKA", "NATO") keep their capitals.
 */
final class AgentNames {
  private static final Pattern LEADING = Pattern.compile("(?i)^(?:the|comrades?|tov\\.|tovarishch)\\s+");
  // an office before a person's name ("Prime Minister Mohammad Mosaddegh", "Soviet Ambassador
  // P. F. Yudin"): the name is the person's, the office is not; an office alone stays a name
  private static final Pattern OFFICE = Pattern.compile("^(?:(?:Soviet|Chinese|American|British|French|German|"
      + "Iranian|Persian|Polish|Hungarian|Czechoslovak|Romanian|Bulgarian|Yugoslav|Korean|North Korean|"
      + "South Korean|Vietnamese|Cuban|Indian|Turkish|Japanese|Italian|East German|West German|US|U\\.S\\.)\\s+)?"
      + "(?:Vice[- ]President|President|Prime Minister|Premier|Chairman|General Secretary|First Secretary|"
      + "Foreign Minister|Secretary of State|Secretary[- ]General|Secretary|Minister|Ambassador|Consul[- ]General|Consul|Chancellor|"
      + "Marshal|Mr\\.?|Mrs\\.?|Dr\\.?)\\s+(?=\\p{Lu})");
  private static final Pattern CAPITALS_WORD = Pattern.compile("\\b\\p{Lu}{2,}(?:[-'’]\\p{Lu}+)*\\b");
  private static final Set<String> ACRONYMS = Set.of(
      "NATO", "UNESCO", "SEATO", "CENTO", "OPEC", "UNICEF", "ASEAN", "SALT", "COMECON", "CHEKA",
      "OGPU", "UNRRA", "IAEA", "OAU", "OAS", "ANZUS", "EURATOM", "INTERPOL", "COMINTERN",
      "COMINFORM", "SAVAK", "KOMSOMOL", "TASS", "VOKS", "ROK", "DPRK", "PRC", "GDR", "FRG", "USA",
      "UAR", "FLN", "PLO", "OSS", "UNO", "ECA", "NEP", "VKP", "RKP", "KPD", "SED", "PCI", "PCF",
      "CIA", "FBI", "NSA", "MID", "GKO", "NKID", "OKW", "SOE", "UNSC", "EEC", "IMF", "ILO", "AP",
      "UPI", "BBC", "VOA", "ANC", "OUN", "UPA", "KMT", "PLA", "CPV", "KPA", "DRV", "RVN", "MPR");
  private static final String VOWELS = "AEIOUYАЕЁИОУЫЭЮЯ";

  private AgentNames() {}

  /** A person or organisation for a name as written, made readable, its kind guessed. */
  static AgentRef ref(String written) {
    String name = readable(written);
    return new AgentRef(name, AgentKinds.guess(name), java.util.Optional.empty());
  }

  /** The people and organisations of a list of names ("LENIN and the TsEKA [Central Committee]"). */
  static List<AgentRef> refs(String written) {
    return split(written).stream().map(AgentNames::ref).filter(r -> !r.name().isEmpty()).toList();
  }

  /** A name as written, made readable. */
  static String readable(String written) {
    String name = Block.flatten(written);
    for (String before = ""; !before.equals(name); ) {
      before = name;
      name = LEADING.matcher(name).replaceFirst("");
      name = OFFICE.matcher(name).replaceFirst("");
    }
    name = name.replace('[', '(').replace(']', ')');
    name = name.replaceAll("[,;:]+$", "").strip();
    return unshout(name);
  }

  /**
   * Text with the words a document shouts in capitals written as words ("MOSCOW" is "Moscow",
   * "KIM IL SUNG" is "Kim Il Sung"), abbreviations left alone ("CPSU CC", "USSR", "NATO").
   */
  static String unshout(String text) {
    List<String> capitals = new ArrayList<>();
    Matcher found = CAPITALS_WORD.matcher(text);
    while (found.find()) {
      if (!ACRONYMS.contains(found.group())) {
        capitals.add(found.group());
      }
    }
    String all = String.join("", capitals);
    boolean shoutedText = !all.isEmpty() && vowels(all) * 10 >= letters(all) * 3;
    Matcher words = CAPITALS_WORD.matcher(text);
    StringBuilder out = new StringBuilder();
    while (words.find()) {
      String word = words.group();
      boolean shouted = !ACRONYMS.contains(word) && vowels(word) > 0
          && (letters(word) >= 5 || shoutedText);
      words.appendReplacement(out, Matcher.quoteReplacement(shouted ? titleCase(word) : word));
    }
    words.appendTail(out);
    return out.toString();
  }

  /**
   * The parts of a list of names, split at commas, semicolons, "and" and "&" outside brackets:
   * "Mao Zedong, Zhou Enlai and Liu Shaoqi" gives three names.
   */
  static List<String> split(String written) {
    String text = Block.flatten(written);
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int at = outsideBrackets(text, 0, i -> separatorAt(text, i) > 0); at >= 0;
        at = outsideBrackets(text, start, i -> separatorAt(text, i) > 0)) {
      parts.add(text.substring(start, at));
      start = at + separatorAt(text, at);
    }
    parts.add(text.substring(start));
    return parts.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
  }

  /**
   * The first position from {@code from} on that is outside square brackets and parentheses and
   * passes {@code test}, or -1: a list or a "to" inside an editor's gloss does not divide names.
   */
  static int outsideBrackets(String text, int from, IntPredicate test) {
    int depth = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '[' || c == '(') {
        depth++;
      } else if ((c == ']' || c == ')') && depth > 0) {
        depth--;
      } else if (depth == 0 && test.test(i)) {
        return i;
      }
    }
    return -1;
  }

  /** The length of the list separator at {@code i}, or 0 when none starts there. */
  private static int separatorAt(String text, int i) {
    char c = text.charAt(i);
    if (c == ',' || c == ';') {
      return text.startsWith(" and ", i + 1) ? 5 : 1;
    }
    if (text.startsWith(" and ", i)) {
      return 5;
    }
    return text.startsWith(" & ", i) ? 3 : 0;
  }

  private static long letters(String word) {
    return word.chars().filter(Character::isLetter).count();
  }

  private static long vowels(String word) {
    return word.chars().filter(ch -> VOWELS.indexOf(ch) >= 0).count();
  }

  // "KUCHUK-KHAN" is "Kuchuk-Khan": a capital after a hyphen or apostrophe stays
  private static String titleCase(String word) {
    StringBuilder out = new StringBuilder(word.length());
    boolean start = true;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      out.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c);
    }
    return out.toString();
  }
}

package org.opis.marks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The English the mark rules know: a few hundred common words in three lists (function words,
 * verbs, other words, in the resource files beside this class) and the shapes of words that are
 * not in them (abbreviations, capitals, transliterations).
 */
final class Lexicon {
  private static final Set<String> FUNCTION = load("function-words.txt");
  private static final Set<String> VERBS = load("verbs.txt");
  private static final Set<String> WORDS = load("words.txt");
  // Endings that English derives words with; a word not in the lists but ending so reads as English.
  private static final List<String> ENGLISH_ENDINGS = List.of("tion", "tions", "sion", "sions",
      "ment", "ments", "ness", "ity", "ities", "ous", "ive", "ical", "ally", "able", "ible", "ful",
      "less", "ance", "ence", "ism", "ist", "ists", "ized", "ised", "izing", "ising", "ly", "ing", "ed");
  // Endings of Russian adjectives and plurals as transliterated ("Narodnyi", "Vnutrennikh").
  private static final List<String> TRANSLITERATED_ENDINGS =
      List.of("yi", "iy", "yy", "aya", "oye", "ogo", "ykh", "ikh", "ymi");

  private Lexicon() {}

  static boolean isFunctionWord(String word) {
    return FUNCTION.contains(lower(word));
  }

  /** Whether the word is a common English verb, in any regular form. */
  static boolean isVerb(String word) {
    String w = lower(word);
    return VERBS.contains(w) || stems(w).stream().anyMatch(VERBS::contains);
  }

  /** Whether the word reads as English: listed, formed from a listed stem, or with an English ending. */
  static boolean isEnglish(String word) {
    String w = lower(word);
    if (known(w) || stems(w).stream().anyMatch(Lexicon::known)) {
      return true;
    }
    return w.length() >= 6 && isAscii(w) && ENGLISH_ENDINGS.stream().anyMatch(w::endsWith);
  }

  /** An abbreviation such as "KB", "NKVD", "TsEKA" or "VKP(b)": mostly capitals, at least two. */
  static boolean isAbbreviation(String word) {
    int letters = 0;
    int capitals = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        capitals += Character.isUpperCase(c) ? 1 : 0;
      }
    }
    return capitals >= 2 && capitals * 2 > letters && Character.isUpperCase(word.charAt(0));
  }

  /** A word in capitals, as Venona translations write cover names and their originals ("ZEMLYaK"). */
  static boolean isCapitals(String word) {
    long letters = word.codePoints().filter(Character::isLetter).count();
    long capitals = word.codePoints().filter(Character::isUpperCase).count();
    return capitals >= 2 && capitals * 5 >= letters * 4;
  }

  /** A sign that a word was transliterated or is in another language: accents, other letters, Russian endings. */
  static boolean looksTransliterated(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetter(word.charAt(i)) && word.charAt(i) > 0x7f) {
        return true;
      }
    }
    String w = lower(word);
    if (w.length() >= 5 && TRANSLITERATED_ENDINGS.stream().anyMatch(w::endsWith)) {
      return true;
    }
    return Character.isLowerCase(word.charAt(0))
        && (w.contains("kh") || w.contains("zh") || w.contains("shch"));
  }

  static boolean startsUpper(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }

  static boolean startsLower(String word) {
    return !word.isEmpty() && Character.isLowerCase(word.codePointAt(0));
  }

  /** Whether the word is written in Latin letters (its first letter decides). */
  static boolean isLatin(String word) {
    for (int i = 0; i < word.length(); i++) {
      int c = word.charAt(i);
      if (Character.isLetter(c)) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
      }
    }
    return true;
  }

  static String lower(String word) {
    return word.toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  private static boolean known(String w) {
    return WORDS.contains(w) || FUNCTION.contains(w) || VERBS.contains(w);
  }

  private static boolean isAscii(String w) {
    return w.chars().allMatch(c -> c < 0x80);
  }

  // The stems a regular English form could come from: "requests" -> "request", "agreed" -> "agree".
  private static List<String> stems(String w) {
    List<String> stems = new java.util.ArrayList<>(4);
    if (w.endsWith("'s")) {
      stems.add(w.substring(0, w.length() - 2));
    }
    if (w.endsWith("ies") && w.length() > 4) {
      stems.add(w.substring(0, w.length() - 3) + "y");
    }
    for (String ending : List.of("es", "s", "ed", "d", "ing", "ly", "er", "est")) {
      if (w.endsWith(ending) && w.length() > ending.length() + 2) {
        stems.add(w.substring(0, w.length() - ending.length()));
      }
    }
    return stems;
  }

  private static Set<String> load(String name) {
    Set<String> words = new HashSet<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the word list " + name + " is missing from the build");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String w = line.trim();
        if (!w.isEmpty() && !w.startsWith("#")) {
          words.add(lower(w));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the word list " + name, e);
    }
    return Set.copyOf(words);
  }
}

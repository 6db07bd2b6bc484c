package org.opis.marks;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The marks whose kind depends on the words around them: supplied words, glosses and
 * original-language terms, and the long descriptions that none of these can be. The rules are
 * listed, in the order they apply, in {@link MarkReader}.
 */
final class Neighbours {
  private static final Pattern MARKS = Pattern.compile("\\p{M}");

  private Neighbours() {}

  static MarkKind kind(Surroundings s) {
    List<String> words = s.words();
    String before = s.before();
    if (s.attached() || words.isEmpty() || words.stream().allMatch(Lexicon::isFunctionWord)) {
      return MarkKind.SUPPLIED;
    }
    Surroundings.Language language = s.language();
    boolean latin = language.latin();
    if (!before.isEmpty() && Lexicon.isCapitals(before) && words.stream().allMatch(Lexicon::isCapitals)) {
      return MarkKind.FOREIGN;
    }
    if (!before.isEmpty() && Lexicon.isAbbreviation(before)) {
      if (readsForeign(s, latin)) {
        return MarkKind.FOREIGN;
      }
      // "STALIN [to Lenin]": a lower-case phrase opening with a function word completes a title
      boolean phrase = Lexicon.startsLower(s.content()) && Lexicon.isFunctionWord(words.get(0));
      return phrase ? MarkKind.SUPPLIED : MarkKind.GLOSS;
    }
    if (words.size() > 8) {
      return MarkKind.NOTE;
    }
    if (latin && !Lexicon.isLatin(s.content())) {
      return MarkKind.FOREIGN;
    }
    if (Lexicon.startsUpper(s.after()) && Lexicon.startsUpper(s.content())) {
      return MarkKind.SUPPLIED;
    }
    boolean english = language.english();
    if (english) {
      if (!before.isEmpty() && cognate(before, words) && !readsEnglish(words)) {
        return MarkKind.FOREIGN;
      }
      if (words.size() >= 3 && readsForeign(s, latin)) {
        return MarkKind.FOREIGN;
      }
      if (isTerm(before) && readsEnglish(words) && words.stream().noneMatch(Lexicon::isVerb)) {
        return MarkKind.GLOSS;
      }
    }
    if (Lexicon.startsUpper(s.content())) {
      return MarkKind.SUPPLIED;
    }
    boolean foreign = english && Lexicon.isLatin(s.content()) && !readsEnglish(words);
    return foreign ? MarkKind.FOREIGN : MarkKind.SUPPLIED;
  }

  /** Half the words with letters or more are English, and none looks transliterated. */
  private static boolean readsEnglish(List<String> words) {
    List<String> lettered = lettered(words);
    long english = lettered.stream().filter(Lexicon::isEnglish).count();
    return english * 2 >= lettered.size() && lettered.stream().noneMatch(Lexicon::looksTransliterated);
  }

  /** Most words are not English and one is accented, transliterated or in another script. */
  private static boolean readsForeign(Surroundings s, boolean latin) {
    List<String> lettered = lettered(s.words());
    long english = lettered.stream().filter(Lexicon::isEnglish).count();
    boolean marked = lettered.stream().anyMatch(Lexicon::looksTransliterated)
        || (latin && !Lexicon.isLatin(s.content()));
    return marked && english * 2 < lettered.size();
  }

  private static List<String> lettered(List<String> words) {
    return words.stream().filter(w -> w.codePoints().anyMatch(Character::isLetter)).toList();
  }

  /** A word that is itself a term to explain: not English, and made of letters ("Majlis", "Sejm"). */
  private static boolean isTerm(String word) {
    return !word.isEmpty() && Character.isLetter(word.charAt(0)) && !Lexicon.isEnglish(word);
  }

  /**
   * Whether a word of the bracket sounds like the word before it, as a transliterated original
   * sounds like its English cognate ("cordons [kordony]", "Committee [Komitet]"): their first
   * three consonants agree.
   */
  static boolean cognate(String before, List<String> words) {
    String a = consonants(before);
    return a.length() >= 3 && words.stream().map(Neighbours::consonants)
        .anyMatch(b -> b.length() >= 3 && a.regionMatches(0, b, 0, 3));
  }

  // The consonant skeleton, spelling variants folded: "Committee" -> "kmt", "kordony" -> "krdn".
  private static String consonants(String word) {
    String w = MARKS.matcher(Normalizer.normalize(Lexicon.lower(word), Normalizer.Form.NFD))
        .replaceAll("").replace("ph", "f").replace("ck", "k").replace('c', 'k')
        .replace('q', 'k').replace('w', 'v').replace("x", "ks");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < w.length(); i++) {
      char ch = w.charAt(i);
      boolean vowel = "aeiouy".indexOf(ch) >= 0;
      if (Character.isLetter(ch) && !vowel && (out.length() == 0 || out.charAt(out.length() - 1) != ch)) {
        out.append(ch);
      }
    }
    return out.toString();
  }
}

package org.opis.bench;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The words of a sample of texts with how often each occurs and in how many texts, and the
 * pairs of words that stand side by side, from which the benchmark picks its words and phrases.
 * A word is a run of letters, lower-cased; two words form a pair only when a single space
 * separates them, so no pair straddles a sentence, a bracket or a comma.
 */
final class Vocabulary {
  private final Map<String, Integer> occurrences = new HashMap<>();
  private final Map<String, Integer> texts = new HashMap<>();
  private final Map<String, Integer> pairs = new HashMap<>();
  // words an editor marked [SIC]: misspellings the corpus makes on purpose, not its vocabulary
  private final Set<String> misspelt = new HashSet<>();

  private Vocabulary() {}

  static Vocabulary of(List<String> sample) {
    Vocabulary v = new Vocabulary();
    sample.forEach(v::add);
    return v;
  }

  private void add(String text) {
    Set<String> seen = new HashSet<>();
    String previous = null;
    int i = 0;
    while (i < text.length()) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && Character.isLetter(text.charAt(i))) {
        i++;
      }
      String word = text.substring(start, i).toLowerCase(java.util.Locale.ROOT);
      occurrences.merge(word, 1, Integer::sum);
      if (text.startsWith(" [SIC]", i)) {
        misspelt.add(word);
      }
      if (seen.add(word)) {
        texts.merge(word, 1, Integer::sum);
      }
      if (previous != null && start >= 1 && text.charAt(start - 1) == ' '
          && (start < 2 || Character.isLetter(text.charAt(start - 2)))) {
        pairs.merge(previous + " " + word, 1, Integer::sum);
      }
      previous = word;
    }
  }

  /** The {@code n} words that occur most often, commonest first. */
  List<String> commonest(int n) {
    return occurrences.keySet().stream()
        .sorted(Comparator.comparing((String w) -> -occurrences.get(w)).thenComparing(w -> w))
        .limit(n).toList();
  }

  /**
   * The words that pass {@code keep}, found in at least {@code minTexts} texts and never marked
   * [SIC], in most texts first.
   */
  List<String> wordsByTexts(int minTexts, Predicate<String> keep) {
    return texts.keySet().stream()
        .filter(w -> texts.get(w) >= minTexts && !misspelt.contains(w) && keep.test(w))
        .sorted(Comparator.comparing((String w) -> -texts.get(w)).thenComparing(w -> w))
        .toList();
  }

  /** The {@code n} commonest pairs whose two words are both among {@code words}, commonest first. */
  List<String> pairsOf(Set<String> words, int n) {
    return pairs.keySet().stream()
        .filter(p -> {
          int space = p.indexOf(' ');
          return words.contains(p.substring(0, space)) && words.contains(p.substring(space + 1));
        })
        .sorted(Comparator.comparing((String p) -> -pairs.get(p)).thenComparing(p -> p))
        .limit(n).toList();
  }

  /**
   * Whether {@code phrase} stands in {@code text} as whole words, exactly as written: not
   * inside a longer word.
   */
  static boolean containsWords(String text, String phrase) {
    for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      int end = at + phrase.length();
      boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (startsWord && endsWord) {
        return true;
      }
    }
    return false;
  }
}

package org.opis.search.lucene.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of a text that may be names: sequences of capitalised words in scripts with case
 * ("Mirza Kuchuk Khan", "Кучук-хан", "I. V. Stalin", "Abd al-Karim Qasim"), and sequences of
 * Arabic-script words, which have no case, less their common words ("میرزا کوچک خان").
 *
 * <p>A document often writes a name only in its text ("there [Ehsanullah], an honest person"),
 * so the index puts these candidates into its name fields beside the names of authority records.
 * Picking them costs a pass over the characters (about 80 µs for 4 KB), where analysing the whole
 * text by sound would cost Beider–Morse's 100 µs and more for every word. Words that begin a
 * sentence come along ("Negotiations"); common words of the usual languages are left out when
 * alone or leading ("The Soviet Union" gives "Soviet Union"), and so is a word standing alone
 * that the same text also writes in lower case: "Linen" heading a table of an 1877 consular
 * report that speaks of "linen" throughout is a noun, not a name, and as a name it sounded like
 * Lenin.
 */
public final class NameCandidates {
  /** How many candidates a text gives at most, its most frequent. */
  public static final int LIMIT = 200;

  private static final int LONGEST = 8;

  private NameCandidates() {}

  /**
   * The {@value #LIMIT} most frequent candidate names of a text, the most frequent first (ties in
   * order of first appearance), each as written with single spaces; empty when it has none.
   */
  public static List<String> in(String text) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    List<CandidateWords.Word> sequence = new ArrayList<>();
    List<CandidateWords.Word> words = new CandidateWords(text).all();
    for (CandidateWords.Word word : words) {
      boolean continues = !sequence.isEmpty() && word.joinsPrevious()
          && word.script() == sequence.get(0).script() && sequence.size() < LONGEST;
      if (!continues) {
        count(sequence, counts);
        sequence.clear();
      }
      if (word.mayBeName() || (!sequence.isEmpty() && word.isParticle())) {
        sequence.add(word);
      } else {
        count(sequence, counts);
        sequence.clear();
      }
    }
    count(sequence, counts);
    java.util.Set<String> lowerCase = new java.util.HashSet<>();
    for (CandidateWords.Word word : words) {
      if (!word.mayBeName() && Character.isLowerCase(word.text().codePointAt(0))) {
        lowerCase.add(word.text());
      }
    }
    return counts.entrySet().stream()
        .filter(e -> e.getKey().indexOf(' ') >= 0 || !lowerCase.contains(e.getKey().toLowerCase(java.util.Locale.ROOT)))
        .sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -e.getValue()[0]))
        .limit(LIMIT)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static void count(List<CandidateWords.Word> sequence, Map<String, int[]> counts) {
    int from = 0;
    int to = sequence.size();
    while (from < to && (sequence.get(from).isCommon() || sequence.get(from).isParticle())) {
      from++;
    }
    while (to > from && (sequence.get(to - 1).isParticle() || sequence.get(to - 1).isCommon())) {
      to--;
    }
    if (from == to) {
      return;
    }
    StringBuilder name = new StringBuilder();
    for (CandidateWords.Word w : sequence.subList(from, to)) {
      if (name.length() > 0) {
        name.append(' ');
      }
      name.append(w.text());
    }
    counts.computeIfAbsent(name.toString(), n -> new int[1])[0]++;
  }
}

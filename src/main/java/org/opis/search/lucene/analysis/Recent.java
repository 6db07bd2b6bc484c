package org.opis.search.lucene.analysis;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A memory of what was worked out for the words met recently, for work too slow to repeat
 * (transliteration, Beider–Morse): in a corpus the same names and words come back again and
 * again. One memory serves every token stream of a kind, on every thread: a memory per stream
 * worked each word out again for every field and thread that met it (the names of a text are
 * read for two fields, the names of its people for five, on both processors). When full it is
 * emptied and fills again with the words in use, which costs less than keeping an order of use.
 */
final class Recent<V> {
  /** How many words are remembered. */
  static final int WORDS = 50_000;

  private final Map<String, V> remembered = new ConcurrentHashMap<>();

  /**
   * What the work gives for a word, remembered or worked out now by the caller's own {@code work}
   * (which need not be safe to share: two threads may both work a new word out).
   */
  V of(String word, Function<String, V> work) {
    V known = remembered.get(word);
    if (known == null) {
      known = work.apply(word);
      if (remembered.size() >= WORDS) {
        remembered.clear();
      }
      remembered.put(word, known);
    }
    return known;
  }
}

package org.opis.search.lucene.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A memory of what was worked out for the words met most recently, for work too slow to repeat
 * (transliteration, Beider–Morse): in a corpus the same names and words come back again and
 * again. Not safe to share between threads.
 */
final class Recent<V> {
  /** How many words are remembered. */
  static final int WORDS = 20_000;

  private final Function<String, V> work;
  private final Map<String, V> remembered = new LinkedHashMap<>(1024, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
      return size() > WORDS;
    }
  };

  Recent(Function<String, V> work) {
    this.work = work;
  }

  /** What the work gives for a word, remembered or worked out now. */
  V of(String word) {
    V known = remembered.get(word);
    if (known == null) {
      known = work.apply(word);
      remembered.put(word, known);
    }
    return known;
  }
}

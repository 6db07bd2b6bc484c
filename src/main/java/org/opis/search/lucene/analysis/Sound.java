package org.opis.search.lucene.analysis;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.codec.language.DaitchMokotoffSoundex;
import org.apache.commons.codec.language.bm.NameType;
import org.apache.commons.codec.language.bm.PhoneticEngine;
import org.apache.commons.codec.language.bm.RuleType;

/**
 * The sound codes of a word written in Latin letters: two spellings that share a code may be one
 * name. Beider–Morse codes ({@code "xrustsif"}) guess the word's language from its spelling and
 * keep its vowels approximately; Daitch–Mokotoff codes ({@code "592700"}) keep only the first
 * six consonant sounds, grouped the way German, Polish, Russian and Yiddish spellings of one
 * name differ (k, g and q together; s, z, sh, sch and zh together). Lucene's phonetic filters
 * wrap the same two encoders of Apache Commons Codec; this class adds a memory of recent words,
 * because Beider–Morse spends 100 to 300 microseconds on a word.
 *
 * <p>Not safe to share between threads.
 */
final class Sound {
  private static final int REMEMBERED = 20_000;
  private static final PhoneticEngine BEIDER_MORSE =
      new PhoneticEngine(NameType.GENERIC, RuleType.APPROX, true);

  private final boolean beiderMorse;
  private final boolean daitchMokotoff;
  private final DaitchMokotoffSoundex soundex = new DaitchMokotoffSoundex(true);
  private final Map<String, List<String>> recent = new LinkedHashMap<>(1024, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
      return size() > REMEMBERED;
    }
  };

  Sound(boolean beiderMorse, boolean daitchMokotoff) {
    this.beiderMorse = beiderMorse;
    this.daitchMokotoff = daitchMokotoff;
  }

  /** The codes of a word in lower-case Latin letters; empty when it has no letter to sound. */
  List<String> codes(String word) {
    List<String> known = recent.get(word);
    if (known == null) {
      known = compute(word);
      recent.put(word, known);
    }
    return known;
  }

  private List<String> compute(String word) {
    Set<String> codes = new LinkedHashSet<>();
    if (daitchMokotoff) {
      for (String code : soundex.soundex(word).split("\\|")) {
        if (!code.isEmpty() && !code.equals("000000")) {
          codes.add(code);
        }
      }
    }
    if (beiderMorse) {
      // one word gives "a|b|c"; the engine brackets and hyphenates when it reads several words
      for (String code : BEIDER_MORSE.encode(word).split("[|()\\-]+")) {
        if (!code.isEmpty()) {
          codes.add(code);
        }
      }
    }
    return List.copyOf(codes);
  }
}

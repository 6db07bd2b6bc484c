package org.opis.search.lucene.analysis;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.codec.language.DaitchMokotoffSoundex;
import org.apache.commons.codec.language.bm.NameType;
import org.apache.commons.codec.language.bm.PhoneticEngine;
import org.apache.commons.codec.language.bm.RuleType;

/**
 * The sound of a word written in Latin letters, as the terms it is filed under in a {@link
 * NameLexicon}. Two kinds of terms:
 *
 * <ul>
 *   <li>its Beider–Morse codes ({@code "xrustsif"}): Beider–Morse guesses the word's language
 *       from its spelling and writes how it sounds, vowels included, so that a shared code is
 *       good evidence of one name;
 *   <li>keys that gather the words that may sound alike, each with the word itself ({@code
 *       "592700/khrushchev"}): its Daitch–Mokotoff codes (the first six consonant sounds, grouped
 *       the way German, Polish and Russian spellings of one name differ: k, g and q together; s,
 *       z, sh, sch and zh together), and the consonant skeletons of its Beider–Morse codes, with
 *       voiced and voiceless consonants together ({@code "krstsf"}), when they have three
 *       consonants or more. Keys are coarse: "Zhukov"
 *       and "Chehab" share one. A {@link SoundAlike} query therefore compares the words gathered
 *       under a key with the word searched before it accepts them.
 * </ul>
 *
 * <p>Lucene's phonetic filters wrap the same two encoders of Apache Commons Codec; this class
 * combines them and remembers {@link Recent recent} words, because Beider–Morse spends 100 to 300 microseconds
 * on a word (once for all streams). Not safe to share between threads.
 */
final class Sound {
  /** What separates a key from its word in a term. */
  static final char KEY_END = '/';

  private static final PhoneticEngine BEIDER_MORSE =
      new PhoneticEngine(NameType.GENERIC, RuleType.APPROX, true);

  private final DaitchMokotoffSoundex soundex = new DaitchMokotoffSoundex(true);
  private static final Recent<List<String>> RECENT = new Recent<>();

  /** The terms of a word in lower-case Latin letters; empty when it has no letter to sound. */
  List<String> terms(String word) {
    return RECENT.of(word, this::compute);
  }

  private List<String> compute(String word) {
    Set<String> codes = new LinkedHashSet<>();
    Set<String> keys = new LinkedHashSet<>();
    // one word gives "a|b|c"; the engine brackets and hyphenates only when it reads several
    for (String code : BEIDER_MORSE.encode(word).split("[|()\\-]+")) {
      if (!code.isEmpty()) {
        codes.add(code);
        String skeleton = skeleton(code);
        // two consonants gather too many words ("Beria", "Ebert"); Daitch-Mokotoff gathers those
        if (skeleton.length() >= 3) {
          keys.add(skeleton);
        }
      }
    }
    for (String code : soundex.soundex(word).split("\\|")) {
      if (!code.isEmpty() && !code.equals("000000")) {
        keys.add(code);
      }
    }
    for (String key : keys) {
      codes.add(key + KEY_END + word);
    }
    return List.copyOf(codes);
  }

  // Beider-Morse's approximate alphabet: lower-case letters, and Y, Q and D for vowel sounds
  private static String skeleton(String code) {
    StringBuilder out = new StringBuilder(code.length());
    for (int i = 0; i < code.length(); i++) {
      char c = voiceless(code.charAt(i));
      boolean vowel = "aeiouYQD".indexOf(c) >= 0;
      if (!vowel && (out.length() == 0 || out.charAt(out.length() - 1) != c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static char voiceless(char c) {
    return switch (c) {
      case 'g', 'x' -> 'k';
      case 'z' -> 's';
      case 'd' -> 't';
      case 'b' -> 'p';
      case 'v', 'w' -> 'f';
      default -> c;
    };
  }
}

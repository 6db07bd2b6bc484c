package org.opis.ingest.pagetext;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The writing system of a text, and the language a text in it is most likely in when nothing
 * else says: Cyrillic is Russian, Han Chinese, Hangul Korean, Latin English (the archive's
 * translations are English), and Arabic script Persian when it has the letters Persian adds to
 * the Arabic alphabet (پ چ ژ گ) and Arabic otherwise.
 */
final class Scripts {
  private static final Map<Integer, String> USUAL_LANGUAGE = Map.ofEntries(
      Map.entry(UScript.LATIN, "en"),
      Map.entry(UScript.CYRILLIC, "ru"),
      Map.entry(UScript.HAN, "zh"),
      Map.entry(UScript.HANGUL, "ko"),
      Map.entry(UScript.HIRAGANA, "ja"),
      Map.entry(UScript.KATAKANA, "ja"),
      Map.entry(UScript.GREEK, "el"),
      Map.entry(UScript.HEBREW, "he"),
      Map.entry(UScript.GEORGIAN, "ka"),
      Map.entry(UScript.ARMENIAN, "hy"),
      Map.entry(UScript.DEVANAGARI, "hi"),
      Map.entry(UScript.THAI, "th"),
      Map.entry(UScript.MONGOLIAN, "mn"));
  private static final String PERSIAN_LETTERS = "پچژگکی";

  private Scripts() {}

  /** The script most letters of a text are in, as an ICU script code; COMMON when it has no letters. */
  static int dominant(String text) {
    int[] counts = new int[64];
    int best = UScript.COMMON;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      int script = UScript.getScript(cp);
      if (script >= counts.length) {
        counts = Arrays.copyOf(counts, script + 64);
      }
      counts[script]++;
      if (best == UScript.COMMON || counts[script] > counts[best]) {
        best = script;
      }
    }
    // Japanese writes with Han characters and kana together; the kana tell it from Chinese
    boolean kana = UScript.KATAKANA < counts.length && UScript.HIRAGANA < counts.length
        && (counts[UScript.HIRAGANA] > 0 || counts[UScript.KATAKANA] > 0);
    if (best == UScript.HAN && kana) {
      return UScript.HIRAGANA;
    }
    return best;
  }

  /** The language a text in this script is most likely in, if the script has a usual one. */
  static Optional<String> usualLanguage(int script, String text) {
    if (script == UScript.ARABIC) {
      return Optional.of(text.chars().anyMatch(c -> PERSIAN_LETTERS.indexOf(c) >= 0) ? "fa" : "ar");
    }
    return Optional.ofNullable(USUAL_LANGUAGE.get(script));
  }

  /** Whether a language is written in a script ("uk" in Cyrillic, "ja" in kana and Han). */
  static boolean writes(String language, int script) {
    int[] codes = UScript.getCode(ULocale.forLanguageTag(language));
    if (codes == null) {
      return false;
    }
    for (int code : codes) {
      if (code == script || (script == UScript.HIRAGANA && code == UScript.KATAKANA)) {
        return true;
      }
    }
    return false;
  }
}

package org.opis.search.lucene.analysis;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;

/**
 * The words of a text as {@link NameCandidates} reads them: runs of letters, with apostrophes
 * and hyphens inside a word ("Kuchuk-Khan", "Il'ich"), each knowing whether only spaces (or the
 * full stop of an initial) part it from the word before.
 */
final class CandidateWords {
  // lower-case words that stand inside names: "Charles de Gaulle", "Abd al-Karim", "Qavam os-Saltaneh"
  private static final Set<String> PARTICLES = Set.of(
      "al", "al-", "el", "ul", "os", "ol", "ibn", "bin", "bint", "ben", "abu", "de", "du", "des",
      "da", "di", "del", "della", "dos", "van", "von", "der", "den", "ter", "zu", "y", "la", "le");
  private static final CharArraySet COMMON = common();

  private final String text;

  CandidateWords(String text) {
    this.text = text;
  }

  /** One word of the text. */
  record Word(String text, int script, boolean joinsPrevious, boolean mayBeName, boolean isInitial) {
    boolean isParticle() {
      return CandidateWords.isParticle(text);
    }

    // "I." is an initial, not the Italian article
    boolean isCommon() {
      return !isInitial && (COMMON.contains(text.toLowerCase(Locale.ROOT))
          || (script == UScript.ARABIC && COMMON.contains(arabicLetters(text))));
    }

    Word asInitial() {
      return new Word(text, script, joinsPrevious, mayBeName, true);
    }
  }

  /** Whether a lower-case word is one that stands inside names without being one ("de", "al"). */
  static boolean isParticle(String word) {
    return PARTICLES.contains(word);
  }

  List<Word> all() {
    List<Word> words = new ArrayList<>();
    int n = text.length();
    int i = 0;
    boolean joins = false;
    String previous = "";
    int lineBreaks = 0;
    while (i < n) {
      int start = i;
      int script = UScript.COMMON;
      while (i < n && isWordChar(text.codePointAt(i))) {
        int c = text.codePointAt(i);
        int next = UScript.getScript(c);
        if (breaksWord(script, next)) {
          break;
        }
        script = next == UScript.COMMON || next == UScript.INHERITED ? script : next;
        i += Character.charCount(c);
        if (i + 1 < n && isJoiner(text.charAt(i)) && Character.isLetter(text.codePointAt(i + 1))) {
          i++;
        }
      }
      if (i > start) {
        String word = text.substring(start, i);
        boolean possessive = word.endsWith("'s") || word.endsWith("\u2019s");
        if (possessive) {
          word = word.substring(0, word.length() - 2);
        }
        words.add(word(word, joins));
        previous = possessive ? "" : word;
        // a word cut off by a change of script is not followed by a space: it ends a name
        joins = !possessive && !(i < n && isWordChar(text.codePointAt(i)));
        lineBreaks = 0;
        continue;
      }
      int c = text.codePointAt(i);
      lineBreaks += c == '\n' ? 1 : 0;
      boolean initial = c == '.' && isInitial(previous);
      if (initial && joins) {
        words.set(words.size() - 1, words.get(words.size() - 1).asInitial());
      }
      joins &= lineBreaks < 2 && (isSpace(c) || initial);
      previous = c == '.' ? "" : previous;
      i += Character.charCount(c);
    }
    return words;
  }

  private static Word word(String text, boolean joins) {
    int first = text.codePointAt(0);
    int script = UScript.getScript(first);
    Word probe = new Word(text, script, joins, false, false);
    boolean mayBeName = script == UScript.ARABIC ? !probe.isCommon() : anyPartCapitalised(text);
    return new Word(text, script, joins, mayBeName, false);
  }

  private static boolean anyPartCapitalised(String word) {
    boolean partStart = true;
    for (int i = 0; i < word.length(); ) {
      int c = word.codePointAt(i);
      if (partStart && (Character.isUpperCase(c) || Character.isTitleCase(c))) {
        return true;
      }
      partStart = isJoiner((char) c);
      i += Character.charCount(c);
    }
    return false;
  }

  // Chinese and Japanese put no space between words, nor before or after a name written in
  // Latin or Cyrillic letters ("Trotsky要求尽快给予答复"): a change to or from their scripts ends
  // a word
  private static boolean breaksWord(int sofar, int next) {
    if (sofar == UScript.COMMON || next == UScript.COMMON || next == UScript.INHERITED || sofar == next) {
      return false;
    }
    return unspaced(sofar) || unspaced(next);
  }

  private static boolean unspaced(int script) {
    return script == UScript.HAN || script == UScript.HIRAGANA || script == UScript.KATAKANA || script == UScript.THAI
        || script == UScript.LAO || script == UScript.KHMER || script == UScript.MYANMAR;
  }

  private static boolean isInitial(String word) {
    return word.codePointCount(0, word.length()) <= 2 && !word.isEmpty()
        && Character.isUpperCase(word.codePointAt(0));
  }

  private static boolean isWordChar(int c) {
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT;
  }

  private static boolean isJoiner(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011' || c == '\'' || c == '\u2019'
        || c == '\u02BC' || c == '\u02B9';
  }

  // a line break may fall inside a name; a blank line or any other sign ends it (counted above)
  private static boolean isSpace(int c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\n' || c == '\r';
  }

  // Lucene's Persian stop words are written with the Arabic forms of yeh and kaf
  private static String arabicLetters(String word) {
    return word.replace('\u06CC', '\u064A').replace('\u06A9', '\u0643');
  }

  private static CharArraySet common() {
    CharArraySet all = new CharArraySet(2000, true);
    all.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    all.addAll(GermanAnalyzer.getDefaultStopSet());
    all.addAll(FrenchAnalyzer.getDefaultStopSet());
    all.addAll(SpanishAnalyzer.getDefaultStopSet());
    all.addAll(ItalianAnalyzer.getDefaultStopSet());
    all.addAll(RussianAnalyzer.getDefaultStopSet());
    all.addAll(PersianAnalyzer.getDefaultStopSet());
    all.addAll(ArabicAnalyzer.getDefaultStopSet());
    return CharArraySet.unmodifiableSet(all);
  }
}

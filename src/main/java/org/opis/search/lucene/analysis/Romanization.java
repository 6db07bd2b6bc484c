package org.opis.search.lucene.analysis;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The spellings of one word in Latin letters without diacritics, by ICU transliteration:
 * Cyrillic the BGN/PCGN way, as {@link org.opis.authority.NameKey} does ("Хрущёв" is
 * "Khrushchev"), every other script by ICU's general rules. Some words have more than one
 * reading when they are names, because the script does not say how they sound:
 *
 * <ul>
 *   <li>Russian writes the h of foreign names with х or г ("Тегеран" is Tehran, "Реза-шах" is
 *       Reza Shah), so a Cyrillic word with either letter is also read with h ("Tehran" beside
 *       "Tegeran");
 *   <li>Arabic script is written by Arabic and by Persian, which read some letters differently
 *       ("رضا" is "rda" in Arabic, "rza" in Persian): both readings are kept;
 *   <li>it writes long vowels with the letters و and ی, which ICU reads as consonants ("کوچک"
 *       is "kvchk"), so a reading with those letters as vowels between consonants is added
 *       ("kuchk", as in Kuchak);
 *   <li>a leading Arabic article gives a reading without it ("السادات" is also "sadat"), since
 *       Latin spellings usually drop it.
 * </ul>
 *
 * <p>Not safe to share between threads: each token stream has its own. Transliteration costs
 * tens of microseconds a word, so the readings of {@link Recent recent} words are remembered,
 * once for all streams.
 */
final class Romanization {
  private static final String GENERAL = "Russian-Latin/BGN; Any-Latin; Latin-ASCII";
  private static final String PERSIAN = "Persian-Latin/BGN; Any-Latin; Latin-ASCII";
  /** What {@link #GENERAL} does to a word of Latin letters: the other two leave Latin alone. */
  private static final String LATIN = "Latin-ASCII";
  private static final String ARABIC_ARTICLE = "\u0627\u0644";
  private static final Pattern CYRILLIC_H = Pattern.compile("[\u0433\u0445\u0413\u0425]");
  // w, v or y between two consonants of a reading of Arabic script: a long vowel
  private static final Pattern LONG_U = Pattern.compile("(?<=[b-df-hj-np-tv-z])[vw](?=[b-df-hj-np-tv-z])");
  private static final Pattern LONG_I = Pattern.compile("(?<=[b-df-hj-np-tv-z])y(?=[b-df-hj-np-tvxz])");

  private final boolean forNames;
  private Transliterator general;
  private Transliterator persian;
  private Transliterator latin;
  private static final Recent<List<String>> NAMES = new Recent<>();
  private static final Recent<List<String>> WORDS = new Recent<>();

  /**
   * @param forNames whether words are names, which get every reading and Chinese, Japanese and
   *     Korean in Latin too; the words of a text get one reading, and those three scripts stay as
   *     written (a reader searches them in their script)
   */
  Romanization(boolean forNames) {
    this.forNames = forNames;
  }

  /**
   * The Latin readings of a word that is not plain ASCII, each possibly of several words ("毛泽东"
   * is "mao ze dong"); the word itself when it is to stay as written.
   */
  List<String> readings(String word) {
    return (forNames ? NAMES : WORDS).of(word, this::compute);
  }

  private List<String> compute(String word) {
    // accented Latin words (French, German, Polish texts) are most of the words that come here,
    // and ICU's general chain spends most of its time finding out that they are Latin already
    if (isLatin(word)) {
      return List.of(latin().transliterate(word));
    }
    int script = UScript.getScript(word.codePointAt(0));
    if (!forNames) {
      return List.of(isCjk(script) ? word : general().transliterate(word));
    }
    if (script == UScript.CYRILLIC && CYRILLIC_H.matcher(word).find()) {
      String russian = general().transliterate(word);
      String foreign = general().transliterate(CYRILLIC_H.matcher(word)
          .replaceAll(m -> Character.isUpperCase(m.group().charAt(0)) ? "H" : "h"));
      return russian.equals(foreign) ? List.of(russian) : List.of(russian, foreign);
    }
    if (script != UScript.ARABIC) {
      return List.of(general().transliterate(word));
    }
    List<String> readings = new ArrayList<>(4);
    addReadings(word, readings);
    if (word.startsWith(ARABIC_ARTICLE) && word.length() > ARABIC_ARTICLE.length() + 1) {
      addReadings(word.substring(ARABIC_ARTICLE.length()), readings);
    }
    return List.copyOf(readings);
  }

  private void addReadings(String word, List<String> readings) {
    for (String reading : List.of(general().transliterate(word), persian().transliterate(word))) {
      addOnce(readings, reading);
      String lower = reading.toLowerCase(Locale.ROOT);
      addOnce(readings, LONG_I.matcher(LONG_U.matcher(lower).replaceAll("u")).replaceAll("i"));
    }
  }

  private static void addOnce(List<String> readings, String reading) {
    if (!readings.contains(reading)) {
      readings.add(reading);
    }
  }

  // Latin letters, with digits, marks and signs of no script of their own
  static boolean isLatin(String word) {
    boolean latinLetter = false;
    for (int i = 0; i < word.length(); ) {
      int c = word.codePointAt(i);
      i += Character.charCount(c);
      int script = UScript.getScript(c);
      if (script == UScript.LATIN) {
        latinLetter = true;
      } else if (script != UScript.COMMON && script != UScript.INHERITED) {
        return false;
      }
    }
    return latinLetter;
  }

  private static boolean isCjk(int script) {
    return script == UScript.HAN || script == UScript.HIRAGANA || script == UScript.KATAKANA
        || script == UScript.HANGUL;
  }

  // built on first need: an instance costs milliseconds, and most streams never see a script
  private Transliterator general() {
    if (general == null) {
      general = Transliterator.getInstance(GENERAL);
    }
    return general;
  }

  private Transliterator latin() {
    if (latin == null) {
      latin = Transliterator.getInstance(LATIN);
    }
    return latin;
  }

  private Transliterator persian() {
    if (persian == null) {
      persian = Transliterator.getInstance(PERSIAN);
    }
    return persian;
  }
}

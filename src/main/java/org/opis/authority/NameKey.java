package org.opis.authority;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The normal form in which two spellings of a name are compared: Latin letters and digits,
 * lower case, without diacritics, words separated by one space. "Kuchuk-Khan", "Kuchuk Khan"
 * and "KUCHUK KHAN" have the key "kuchuk khan"; "Сталин" and "Stalin" both have "stalin".
 *
 * <p>Cyrillic is transliterated the BGN/PCGN way English-language archives write Russian names
 * ("Хрущёв" is "khrushchev", not ISO 9's "hrusev"); Greek, Arabic, Persian and other scripts
 * through ICU's general rules. Hyphens and punctuation separate words; apostrophes and the soft
 * sign's prime join them ("Il'ich" and "Ilich" are one name). Spellings that differ beyond
 * transliteration ("Mosaddegh", "Mossadegh") have different keys: finding those is the search
 * index's job, not the catalog's.
 */
public final class NameKey {
  // Transliterators are slow to build and not safe to share between threads
  private static final ThreadLocal<Transliterator> TO_LATIN = ThreadLocal.withInitial(
      () -> Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII"));
  private static final Normalizer2 DECOMPOSE = Normalizer2.getNFDInstance();
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019\u02B9\u02BB\u02BC\u02BE\u02BF`\u00B4]");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private NameKey() {}

  /** The key of a name; empty when the name has no letters or digits at all. */
  public static String of(String name) {
    String latin = isPlainAscii(name) ? name : TO_LATIN.get().transliterate(name);
    String folded = UCharacter.foldCase(latin, true);
    String bare = MARKS.matcher(DECOMPOSE.normalize(folded)).replaceAll("");
    String joined = APOSTROPHES.matcher(bare).replaceAll("");
    return SEPARATORS.matcher(joined).replaceAll(" ").strip();
  }

  /** The words of the key of a name, in order; empty when it has none. */
  public static List<String> words(String name) {
    String key = of(name);
    return key.isEmpty() ? List.of() : List.of(key.split(" "));
  }

  // the common case, an English spelling, needs no transliteration (which costs ~40 µs a name)
  private static boolean isPlainAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}

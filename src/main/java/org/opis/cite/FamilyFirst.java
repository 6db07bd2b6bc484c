package org.opis.cite;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names written family name first, as Chinese, Korean and Vietnamese names are in Latin letters
 * ("Zhou Enlai", "Mao Tse-tung", "Kim Il Sung", "Ho Chi Minh"): a citation that inverted them by
 * the Western rule made "Enlai, Zhou". Such a name is known by a common family name of those
 * languages followed by given names made only of their syllables, so "Kim Philby" and "Lee
 * Harvey Oswald" stay Western.
 */
final class FamilyFirst {
  // the commonest family names in pinyin, Wade-Giles, Korean and Vietnamese romanisation
  private static final Set<String> FAMILIES = Set.of(
      "zhou", "chou", "mao", "zhu", "chu", "liu", "li", "wang", "zhang", "chang", "chen", "ch'en", "yang", "huang",
      "zhao", "chao", "wu", "xu", "hsu", "sun", "ma", "hu", "guo", "kuo", "he", "ho", "gao", "kao", "lin", "luo",
      "lo", "zheng", "cheng", "liang", "xie", "hsieh", "song", "sung", "tang", "t'ang", "han", "feng", "deng", "teng",
      "cao", "ts'ao", "peng", "p'eng", "zeng", "tseng", "xiao", "hsiao", "tian", "t'ien", "dong", "tung", "pan",
      "yuan", "cai", "ts'ai", "jiang", "chiang", "yu", "du", "tu", "ye", "yeh", "wei", "su", "lu", "ding", "ting",
      "ren", "jen", "shen", "yao", "qian", "ch'ien", "kang", "kong", "k'ung", "bo", "po", "kim", "pak", "park",
      "choe", "choi", "ri", "rhee", "yi", "jong", "chong", "nguyen", "tran", "pham", "phan", "vo", "ngo", "dang",
      "le", "hoang", "vu", "truong", "bui", "do");
  // one syllable of those languages in Latin letters: "en", "lai", "tse", "tung", "shek", "minh", "il"
  private static final Pattern SYLLABLES = Pattern.compile(
      "(?:(?:zh|ch|sh|ts|tz|hs|ng|nh|ph|th|kh|tr|gi|qu|[bcdfghjklmnpqrstvwxyz])'?)?"
      + "(?:[aeiou\u00fc]{1,3})(?:ng|nh|n|m|k|l|r|h|p|t|c)?"
      + "(?:(?:(?:zh|ch|sh|ts|tz|hs|ng|nh|ph|th|kh|tr|gi|qu|[bcdfghjklmnpqrstvwxyz])'?)?"
      + "(?:[aeiou\u00fc]{1,3})(?:ng|nh|n|m|k|l|r|h|p|t|c)?)?");

  private FamilyFirst() {}

  /** Whether a person's name of two to four words, without a comma, puts the family name first. */
  static boolean is(String name) {
    String[] words = name.strip().split("\\s+");
    if (name.indexOf(',') >= 0 || words.length < 2 || words.length > 4
        || !FAMILIES.contains(words[0].toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int i = 1; i < words.length; i++) {
      for (String part : words[i].split("-")) {
        String syllable = java.text.Normalizer.normalize(part.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "");
        if (syllable.isEmpty() || !SYLLABLES.matcher(syllable).matches()) {
          return false;
        }
      }
    }
    return true;
  }
}

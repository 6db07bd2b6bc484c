package org.opis.generate;

import java.util.List;

/**
 * The spellings one document uses for one person, organisation or place: the one on its record
 * (any variant in use that year, in Latin letters or in the script of the document's language),
 * the one its English text uses, and the one its original-language text uses.
 *
 * @param asRecorded the spelling of the document's reference to the authority record
 * @param inEnglish a spelling in Latin letters for titles, summaries and translations
 * @param inOriginal a spelling in the script of the original language, for transcriptions
 */
record Naming(String asRecorded, String inEnglish, String inOriginal) {
  /** The spellings of a document of {@code year} written in {@code language}. */
  static Naming choose(List<Usage> spellings, int year, String language, Chance chance) {
    Script script = Script.ofLanguage(language);
    // spellings in use that year, in Latin letters or the document's script; else any in use;
    // else the preferred one
    int fitting = 0;
    int inUse = 0;
    for (Usage u : spellings) {
      if (u.years().contain(year)) {
        inUse++;
        if (fits(u, script)) {
          fitting++;
        }
      }
    }
    Usage chosen;
    if (inUse == 0) {
      chosen = spellings.get(0);
    } else {
      boolean strict = fitting > 0;
      Usage first = nth(spellings, year, script, strict, 0);
      // the preferred form is the commonest, as in an archive; the variants share the rest
      chosen = first == spellings.get(0) && chance.of(0.35) ? first
          : nth(spellings, year, script, strict, chance.below(strict ? fitting : inUse));
    }
    String english = chosen.script() == Script.LATIN ? chosen.text() : firstIn(spellings, year, Script.LATIN, chosen);
    String original = script == Script.LATIN ? english : firstIn(spellings, year, script, chosen);
    return new Naming(chosen.text(), english, original);
  }

  private static boolean fits(Usage u, Script script) {
    return u.script() == Script.LATIN || u.script() == script;
  }

  private static Usage nth(List<Usage> spellings, int year, Script script, boolean strict, int n) {
    int seen = 0;
    for (Usage u : spellings) {
      if (u.years().contain(year) && (!strict || fits(u, script)) && seen++ == n) {
        return u;
      }
    }
    throw new IllegalStateException("spelling " + n + " of " + spellings.get(0).text() + " vanished");
  }

  // the first spelling in this script, in use that year if one is
  private static String firstIn(List<Usage> all, int year, Script script, Usage otherwise) {
    for (Usage u : all) {
      if (u.script() == script && u.years().contain(year)) {
        return u.text();
      }
    }
    for (Usage u : all) {
      if (u.script() == script) {
        return u.text();
      }
    }
    return otherwise.text();
  }
}

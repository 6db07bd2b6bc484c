package org.opis.record;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Language names and codes: "Russian", "rus" and "ru" all mean the BCP 47 tag "ru". Built from
 * the JDK's ISO 639 tables rather than a list of our own, so every language the JDK knows is
 * recognised.
 */
public final class Languages {
  private static final Map<String, String> TAGS = new HashMap<>();

  static {
    for (String code : Locale.getISOLanguages()) {
      Locale locale = Locale.forLanguageTag(code);
      TAGS.put(code, code);
      TAGS.put(locale.getISO3Language(), code);
      TAGS.put(locale.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
    }
    // names archives use that the JDK spells otherwise
    TAGS.put("farsi", "fa");
    TAGS.put("mandarin", "zh");
    TAGS.put("chinese (mandarin)", "zh");
    TAGS.put("serbo-croatian", "sh");
    TAGS.put("czech", "cs");
    TAGS.put("slovene", "sl");
    TAGS.put("romanian", "ro");
    TAGS.put("moldovan", "ro");
    TAGS.put("flemish", "nl");
    TAGS.put("ger", "de");
    TAGS.put("fre", "fr");
    TAGS.put("per", "fa");
    TAGS.put("chi", "zh");
  }

  private Languages() {}

  /**
   * The BCP 47 tag for a language name or code, empty when it is neither. A tag with a region
   * or script ("en-US", "sr-Latn") is accepted when its language part is known.
   */
  public static Optional<String> tag(String nameOrCode) {
    String key = nameOrCode.trim().toLowerCase(Locale.ROOT);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    String known = TAGS.get(key);
    if (known != null) {
      return Optional.of(known);
    }
    int dash = key.indexOf('-');
    if (dash > 0 && TAGS.containsKey(key.substring(0, dash))) {
      // the language part spelled as a code alone would be ("chi-Hant" is "zh-Hant"), so that a
      // tag read again is the same tag (found by fuzzing: "chi-" was kept as "chi", read back as "zh")
      String full = Locale.forLanguageTag(nameOrCode.trim()).toLanguageTag();
      int at = full.indexOf('-');
      String language = at < 0 ? full : full.substring(0, at);
      return Optional.of(TAGS.getOrDefault(language.toLowerCase(Locale.ROOT), language) + (at < 0 ? "" : full.substring(at)));
    }
    return Optional.empty();
  }

  /** The English name of a language tag ("ru" is "Russian"); the tag itself when unknown. */
  public static String name(String tag) {
    String name = Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH);
    return name.isEmpty() ? tag : name;
  }
}

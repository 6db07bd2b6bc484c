package org.opis.generate;

import java.lang.Character.UnicodeScript;

/** The writing system a name is spelled in, which decides where a document may use it. */
enum Script {
  LATIN,
  CYRILLIC,
  ARABIC,
  HAN,
  HANGUL,
  OTHER;

  /** The script of the first letter of {@code text}. */
  static Script of(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (Character.isLetter(c)) {
        UnicodeScript s = UnicodeScript.of(c);
        switch (s) {
          case LATIN:
            return LATIN;
          case CYRILLIC:
            return CYRILLIC;
          case ARABIC:
            return ARABIC;
          case HAN:
            return HAN;
          case HANGUL:
            return HANGUL;
          default:
            return OTHER;
        }
      }
      i += Character.charCount(c);
    }
    return OTHER;
  }

  /** The script documents in this language are written in (BCP 47 tag). */
  static Script ofLanguage(String tag) {
    switch (tag) {
      case "ru":
        return CYRILLIC;
      case "fa":
        return ARABIC;
      case "zh":
        return HAN;
      case "ko":
        return HANGUL;
      default:
        return LATIN;
    }
  }
}

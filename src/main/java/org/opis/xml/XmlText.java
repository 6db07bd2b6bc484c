package org.opis.xml;

/**
 * Text made fit for XML 1.0: characters the standard does not allow (control characters other
 * than tab, line feed and carriage return; lone surrogates; U+FFFE and U+FFFF) are left out,
 * because no escape can write them, a reader's parser would stop at the first one, and a lone
 * surrogate cannot even be encoded as UTF-8. Every XML Opis writes (OAI-PMH, TEI) passes its text
 * through here.
 */
public final class XmlText {
  private XmlText() {}

  public static String of(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int width = Character.charCount(c);
      boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
          || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
      if (!allowed && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      } else if (allowed && out != null) {
        out.appendCodePoint(c);
      }
      i += width;
    }
    return out == null ? text : out.toString();
  }
}

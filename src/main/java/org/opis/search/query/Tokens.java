package org.opis.search.query;

import java.util.ArrayList;
import java.util.List;
import org.opis.search.query.Token.Kind;

/**
 * The reader of the search box's text into {@link Token}s, in one pass. White space, "(", ")",
 * "|" and quotation marks end a word wherever they stand; "-" excludes only at the start of a
 * word ("Kuchuk-Khan" is one word), and "OR", "AND" and "NOT" are operators only as whole
 * words in capitals ("or" is a word).
 */
final class Tokens {
  private Tokens() {}

  /**
   * The text with every kind of white space and control character made a plain space, and
   * with what cannot be seen and would only confuse the reader dropped: direction marks and
   * overrides pasted from right-to-left text, byte-order marks, and halves of broken
   * surrogate pairs.
   */
  static String clean(String text) {
    StringBuilder s = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        s.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c) || isInvisible(c)) {
        continue;
      } else if (Character.isISOControl(c) || Character.isWhitespace(c)
          || Character.isSpaceChar(c) || c == '\u200B') {
        s.append(' ');
      } else {
        s.append(c);
      }
    }
    return s.toString();
  }

  /** The pieces of a {@linkplain #clean cleaned} text, in order. */
  static List<Token> of(String s) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == ' ') {
        i++;
      } else if (c == '(' || c == ')') {
        tokens.add(new Token(c == '(' ? Kind.OPEN : Kind.CLOSE, String.valueOf(c), i, i + 1));
        i++;
      } else if (c == '|') {
        int end = run(s, i, '|');
        tokens.add(new Token(Kind.OR, s.substring(i, end), i, end));
        i = end;
      } else if (isQuote(c)) {
        int end = i + 1;
        while (end < s.length() && !isQuote(s.charAt(end))) {
          end++;
        }
        boolean closed = end < s.length();
        Kind kind = closed ? Kind.PHRASE : Kind.UNCLOSED_PHRASE;
        tokens.add(new Token(kind, s.substring(i + 1, end), i, closed ? end + 1 : end));
        i = closed ? end + 1 : end;
      } else if (c == '-') {
        int end = run(s, i, '-');
        // A dash standing alone is punctuation ("Tabriz - Rasht"), not an exclusion.
        if (end < s.length() && " )|".indexOf(s.charAt(end)) < 0) {
          tokens.add(new Token(Kind.NOT, "-", i, end));
        }
        i = end;
      } else {
        i = word(s, i, tokens);
      }
    }
    return tokens;
  }

  /** Reads the word, operator or field name starting at {@code i}; returns where it ends. */
  private static int word(String s, int i, List<Token> tokens) {
    int end = i;
    while (end < s.length() && !endsWord(s.charAt(end))) {
      end++;
    }
    String word = s.substring(i, end);
    switch (word) {
      case "OR" -> tokens.add(new Token(Kind.OR, word, i, end));
      case "AND", "&&" -> tokens.add(new Token(Kind.AND, word, i, end));
      case "NOT" -> tokens.add(new Token(Kind.NOT, word, i, end));
      default -> {
        int colon = word.indexOf(':');
        if (colon > 0 && Scope.named(word.substring(0, colon)).isPresent()) {
          // What follows the colon is read afresh: "person:-Stalin", "place:(Tabriz".
          tokens.add(new Token(Kind.FIELD, word.substring(0, colon), i, i + colon + 1));
          return i + colon + 1;
        }
        tokens.add(new Token(Kind.WORD, word, i, end));
      }
    }
    return end;
  }

  static boolean isQuote(char c) {
    return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB'
        || c == '\u00BB';
  }

  private static boolean endsWord(char c) {
    return c == ' ' || c == '(' || c == ')' || c == '|' || isQuote(c);
  }

  private static int run(String s, int i, char c) {
    int end = i;
    while (end < s.length() && s.charAt(end) == c) {
      end++;
    }
    return end;
  }

  private static boolean isInvisible(char c) {
    return c == '\uFEFF' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }
}

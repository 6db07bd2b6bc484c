package org.opis.marks;

import java.util.ArrayList;
import java.util.List;

/**
 * What the rules look at to classify one mark: its content and words, the word just before it
 * and just after it, and whether the text around it is English.
 *
 * <p>Only a bounded stretch of the body is read for each mark (the first {@value #READ} chars
 * of the content, {@value #AROUND} chars on either side), so reading all marks stays linear in
 * the length of the body however deeply they nest.
 *
 * @param content the content, trimmed, at most {@value #READ} chars
 * @param longer whether the content goes on past what was read
 * @param words the words of the content (letters, digits, apostrophes and hyphens)
 * @param before the word just before the bracket, spaces skipped, brackets, parentheses and
 *     quotation marks removed ("(LCY)" gives "LCY"); empty when a clause ends there (",", ".",
 *     ":") or nothing precedes
 * @param after the word just after the bracket; empty when punctuation follows
 * @param attached whether a letter or digit touches a bracket on the outside ("word[s]")
 * @param around the text on either side of the mark, {@value #AROUND} chars each
 */
record Surroundings(String content, boolean longer, List<String> words, String before,
    String after, boolean attached, String around) {
  static final int READ = 300;
  static final int AROUND = 160;

  static Surroundings of(String body, BracketScan.Span span) {
    int from = span.start() + 1;
    int to = span.closed() ? span.end() - 1 : span.end();
    String content = body.substring(from, Math.min(to, from + READ)).strip();
    boolean attached = (span.start() > 0 && Character.isLetterOrDigit(body.charAt(span.start() - 1)))
        || (span.end() < body.length() && Character.isLetterOrDigit(body.charAt(span.end())));
    String around = body.substring(Math.max(0, span.start() - AROUND), span.start()) + " "
        + body.substring(span.end(), Math.min(body.length(), span.end() + AROUND));
    return new Surroundings(content, to - from > READ, words(content), before(body, span.start()),
        after(body, span.end()), attached, around);
  }

  /**
   * What the text around the mark is written in.
   *
   * @param english whether it reads as English: one word in eight is an English function word,
   *     or there are too few words to tell (then English is assumed, as most texts are)
   * @param latin whether it is mostly in Latin letters
   */
  record Language(boolean english, boolean latin) {}

  /** The language around the mark, read in one pass over {@link #around}. */
  Language language() {
    int words = 0;
    int function = 0;
    int latin = 0;
    StringBuilder word = new StringBuilder(12);
    for (int i = 0; i <= around.length(); i++) {
      char c = i < around.length() ? around.charAt(i) : ' ';
      if (Character.isLetter(c) || ((c == '\'' || c == '’') && word.length() > 0)) {
        if (word.length() == 0) {
          words++;
          latin += Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN ? 1 : 0;
        }
        if (word.length() < 12) {
          word.append(c);
        }
      } else if (word.length() > 0) {
        function += Lexicon.isFunctionWord(word.toString()) ? 1 : 0;
        word.setLength(0);
      }
    }
    return new Language(words < 4 || function * 8 >= words, latin * 2 >= words);
  }

  /** The first word of the content, after an article ("the handwritten ..." gives "handwritten"). */
  String leadingWord() {
    if (words.isEmpty()) {
      return "";
    }
    String first = Lexicon.lower(words.get(0));
    boolean article = first.equals("the") || first.equals("a") || first.equals("an");
    return Lexicon.lower(words.get(article && words.size() > 1 ? 1 : 0));
  }

  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean inWord = i < text.length() && isWordChar(text.charAt(i));
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        String w = trimWord(text.substring(start, i));
        if (!w.isEmpty()) {
          words.add(w);
        }
        start = -1;
      }
    }
    return words;
  }

  private static String before(String body, int start) {
    int i = start - 1;
    while (i >= 0 && start - i < 8 && isSpace(body.charAt(i))) {
      i--;
    }
    int end = i + 1;
    while (i >= 0 && end - i < 48 && !isSpace(body.charAt(i))) {
      i--;
    }
    String token = body.substring(i + 1, end);
    if (token.isEmpty() || ",;:.!?".indexOf(token.charAt(token.length() - 1)) >= 0) {
      return "";
    }
    StringBuilder word = new StringBuilder(token.length());
    for (int k = 0; k < token.length(); k++) {
      if ("()[]«»“”\"‘".indexOf(token.charAt(k)) < 0) {
        word.append(token.charAt(k));
      }
    }
    return trimWord(word.toString());
  }

  private static String after(String body, int end) {
    int i = end;
    while (i < body.length() && i - end < 8 && isSpace(body.charAt(i))) {
      i++;
    }
    int from = i;
    while (i < body.length() && i - from < 48 && isWordChar(body.charAt(i))) {
      i++;
    }
    return trimWord(body.substring(from, i));
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '-';
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  // Hyphens and apostrophes belong inside words, not at their edges.
  private static String trimWord(String w) {
    int s = 0;
    int e = w.length();
    while (s < e && !Character.isLetterOrDigit(w.charAt(s))) {
      s++;
    }
    while (e > s && !Character.isLetterOrDigit(w.charAt(e - 1))) {
      e--;
    }
    return w.substring(s, e);
  }
}

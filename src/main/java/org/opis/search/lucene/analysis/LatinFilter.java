package org.opis.search.lucene.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A token filter that writes every word in Latin letters ({@link Romanization}) and cuts it into
 * the words of a {@link org.opis.authority.NameKey name key}: apostrophes and the prime of the
 * soft sign join ("Il'ich" is "ilich", as "Ильич" is), any other character that is not a letter
 * or digit separates. Other readings of a word stand at its position, and so does a hyphenated
 * word written as one ("Tse-tung" is "tse", "tung" and "tsetung"), since one spelling hyphenates
 * the syllables another joins ("Zedong"). Case is left to the folding that follows.
 */
final class LatinFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
  private final Romanization romanization;
  private final List<String> pending = new ArrayList<>();
  private final List<Integer> pendingIncrements = new ArrayList<>();
  private int next;
  private State state;

  LatinFilter(TokenStream input, boolean forNames) {
    super(input);
    this.romanization = new Romanization(forNames);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (next < pending.size()) {
      restoreState(state);
      emit(next++);
      return true;
    }
    int skipped = 0;
    while (input.incrementToken()) {
      if (isPlainWord()) {
        increment.setPositionIncrement(increment.getPositionIncrement() + skipped);
        return true;
      }
      int position = increment.getPositionIncrement() + skipped;
      collect(position);
      if (!pending.isEmpty()) {
        state = captureState();
        emit(next++);
        return true;
      }
      skipped = position;
    }
    return false;
  }

  private void emit(int i) {
    term.setEmpty().append(pending.get(i));
    increment.setPositionIncrement(pendingIncrements.get(i));
  }

  // the common case, an ASCII word of letters and digits, passes untouched
  private boolean isPlainWord() {
    char[] chars = term.buffer();
    for (int i = 0, n = term.length(); i < n; i++) {
      char c = chars[i];
      boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!plain) {
        return false;
      }
    }
    return true;
  }

  private void collect(int position) {
    pending.clear();
    pendingIncrements.clear();
    next = 0;
    String word = term.toString();
    List<String> readings = isAscii(word) ? List.of(word) : romanization.readings(word);
    for (int r = 0; r < readings.size(); r++) {
      List<String> parts = words(readings.get(r));
      for (String part : parts) {
        // the words of the first reading follow each other; other readings stand beside them
        add(part, pending.isEmpty() ? position : r == 0 ? 1 : 0);
      }
      if (r == 0 && parts.size() > 1 && isHyphenated(word)) {
        add(String.join("", parts), 0);
      }
    }
  }

  private void add(String part, int increment) {
    if (!pending.contains(part)) {
      pending.add(part);
      pendingIncrements.add(increment);
    }
  }

  private static boolean isHyphenated(String word) {
    return word.indexOf('-') >= 0 || word.indexOf('\u2010') >= 0 || word.indexOf('\u2011') >= 0;
  }

  private static List<String> words(String reading) {
    List<String> words = new ArrayList<>(2);
    StringBuilder word = new StringBuilder(reading.length());
    for (int i = 0; i < reading.length(); ) {
      int c = reading.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
          || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
        word.appendCodePoint(c);
      } else if (!isApostrophe(c) && word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  // the same signs as NameKey joins on
  private static boolean isApostrophe(int c) {
    return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u02B9' || c == '\u02BB'
        || c == '\u02BC' || c == '\u02BE' || c == '\u02BF' || c == '`' || c == '\u00B4';
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    pendingIncrements.clear();
    next = 0;
    state = null;
  }
}

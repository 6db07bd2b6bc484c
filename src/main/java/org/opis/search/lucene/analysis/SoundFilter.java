package org.opis.search.lucene.analysis;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A token filter that replaces each word by the terms of its {@link Sound sound}, all at the
 * word's position; a word with none (a number) is dropped.
 */
final class SoundFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
  private final Sound sound;
  private List<String> codes = List.of();
  private int next;
  private State state;

  SoundFilter(TokenStream input) {
    super(input);
    this.sound = new Sound();
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (next < codes.size()) {
      restoreState(state);
      term.setEmpty().append(codes.get(next++));
      increment.setPositionIncrement(0);
      return true;
    }
    int skipped = 0;
    while (input.incrementToken()) {
      codes = sound.terms(term.toString());
      int position = increment.getPositionIncrement() + skipped;
      if (!codes.isEmpty()) {
        state = captureState();
        term.setEmpty().append(codes.get(0));
        increment.setPositionIncrement(position);
        next = 1;
        return true;
      }
      skipped = position;
    }
    return false;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    codes = List.of();
    next = 0;
    state = null;
  }
}

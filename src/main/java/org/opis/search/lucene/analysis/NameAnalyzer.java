package org.opis.search.lucene.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * An analyzer for names: each word transliterated to Latin and folded, as in a {@link
 * org.opis.authority.NameKey name key}, hyphens separating ("Kuchuk-Khan" is "kuchuk khan");
 * with a {@link Sound}, each word replaced by its sound codes. The values of a field with many
 * names are kept {@value #NAME_GAP} positions apart, so that the words of two names are never
 * next to each other.
 */
final class NameAnalyzer extends Analyzer {
  static final int NAME_GAP = 100;

  private final boolean beiderMorse;
  private final boolean daitchMokotoff;

  private NameAnalyzer(boolean beiderMorse, boolean daitchMokotoff) {
    this.beiderMorse = beiderMorse;
    this.daitchMokotoff = daitchMokotoff;
  }

  static NameAnalyzer asSpelled() {
    return new NameAnalyzer(false, false);
  }

  static NameAnalyzer bySound(boolean beiderMorse, boolean daitchMokotoff) {
    return new NameAnalyzer(beiderMorse, daitchMokotoff);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer words = new StandardTokenizer();
    TokenStream stream = new ICUFoldingFilter(new LatinFilter(new EnglishPossessiveFilter(words), false));
    if (beiderMorse || daitchMokotoff) {
      stream = new SoundFilter(stream, new Sound(beiderMorse, daitchMokotoff));
    }
    return new TokenStreamComponents(words, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ICUFoldingFilter(in);
  }

  @Override
  public int getPositionIncrementGap(String fieldName) {
    return NAME_GAP;
  }
}

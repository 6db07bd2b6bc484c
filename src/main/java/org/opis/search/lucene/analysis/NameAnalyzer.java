package org.opis.search.lucene.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * An analyzer for names: each word transliterated to Latin and folded, as in a {@link
 * org.opis.authority.NameKey name key}, hyphens separating ("Kuchuk-Khan" is "kuchuk khan").
 * Their sounds are filed once a word, in the {@link NameLexicon}. The values of a field with many
 * names are kept {@value #NAME_GAP} positions apart, so that the words of two names are never
 * next to each other.
 */
final class NameAnalyzer extends Analyzer {
  static final int NAME_GAP = 100;

  static NameAnalyzer asSpelled() {
    return new NameAnalyzer();
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer words = CharTokenizer.fromTokenCharPredicate(NameAnalyzer::isWordChar);
    TokenStream stream = new FoldFilter(new LatinFilter(new EnglishPossessiveFilter(words), true));
    return new TokenStreamComponents(words, stream);
  }

  // hyphens and apostrophes stay inside a word, for LatinFilter to cut and join
  private static boolean isWordChar(int c) {
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT
        || type == Character.DASH_PUNCTUATION || type == Character.MODIFIER_LETTER
        || c == '\'' || c == '\u2019' || c == '`' || c == '\u00B4';
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new FoldFilter(in);
  }

  @Override
  public int getPositionIncrementGap(String fieldName) {
    return NAME_GAP;
  }
}

package org.opis.search.lucene.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.icu.segmentation.DefaultICUTokenizerConfig;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;

/**
 * An analyzer for text in any language and script, without stemming or stop words: words are
 * found by Unicode's rules (with dictionaries for Thai, Lao, Khmer and Burmese), Chinese,
 * Japanese and Korean are cut into overlapping pairs of characters, and every word is folded.
 * Written in Latin, it also transliterates every other script, so that "Тебриз" in a title is
 * found by "Tebriz".
 */
final class FoldedText extends Analyzer {
  private final boolean inLatin;

  FoldedText(boolean inLatin) {
    this.inLatin = inLatin;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer words = new ICUTokenizer(new DefaultICUTokenizerConfig(false, true));
    TokenStream stream = new CJKBigramFilter(words);
    if (inLatin) {
      stream = new LatinFilter(new EnglishPossessiveFilter(stream), false);
    }
    return new TokenStreamComponents(words, new FoldFilter(stream));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new FoldFilter(in);
  }
}

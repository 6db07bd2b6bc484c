package org.opis.search.lucene.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Every word in its own script, lower case, accents folded to ASCII where Latin letters carry
 * them: the cheapest analysis that still finds a word however it was cased or accented. It cuts
 * whole texts once more for the field that serves prefixes and spelling suggestions, so it avoids
 * ICU's tokenizer and transliteration, which cost several times as much; matching across scripts
 * is the name fields' work.
 */
final class PlainWords extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer words = new StandardTokenizer();
    TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(new CJKBigramFilter(words)));
    return new TokenStreamComponents(words, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}

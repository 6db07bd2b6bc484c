package org.opis.search.lucene.analysis;

import com.ibm.icu.text.Normalizer;
import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * ICU folding (case, accents, widths, Unicode forms: Lucene's {@link ICUFoldingFilter}) with a
 * short way for the commonest word, plain ASCII, whose folding is its lower case. Folding ran on
 * every word of every field, and ICU's check of each character cost a quarter of the indexing
 * (BENCHMARKS.md, "Ingest"). The two ASCII characters ICU folds otherwise, the circumflex and
 * the grave accent written alone, which it drops, take the long way; {@code FoldFilterTest}
 * holds the two ways to the same result on every ASCII character and on words of them.
 */
final class FoldFilter extends TokenFilter {
  private static final Normalizer2 FOLDING = ICUFoldingFilter.NORMALIZER;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final StringBuilder folded = new StringBuilder();

  FoldFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (lowerCasedIfPlain(term.buffer(), term.length())) {
      return true;
    }
    if (FOLDING.quickCheck(term) != Normalizer.YES) {
      folded.setLength(0);
      FOLDING.normalize(term, folded);
      term.setEmpty().append(folded);
    }
    return true;
  }

  // lower-cases the word in place when it is plain ASCII; false, untouched, when it is not
  static boolean lowerCasedIfPlain(char[] chars, int length) {
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      if (c >= 0x80 || c == '^' || c == '`') {
        return false;
      }
    }
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      if (c >= 'A' && c <= 'Z') {
        chars[i] = (char) (c + ('a' - 'A'));
      }
    }
    return true;
  }
}

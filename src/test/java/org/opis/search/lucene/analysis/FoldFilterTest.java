package org.opis.search.lucene.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The short way for ASCII words folds exactly as ICU does; other words take ICU's way. */
class FoldFilterTest {
  private static final Analyzer OURS = whole(FoldFilter::new);
  private static final Analyzer ICU = whole(ICUFoldingFilter::new);

  @Test
  void foldsEveryAsciiCharacterAsIcuDoes() throws IOException {
    for (char c = 0; c < 0x80; c++) {
      String word = "a" + c + "B";
      assertThat(folded(OURS, word)).as("U+%04X", (int) c).isEqualTo(folded(ICU, word));
    }
  }

  @Test
  void foldsAsciiWordsAsIcuDoes() throws IOException {
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      char[] word = new char[1 + random.nextInt(12)];
      for (int j = 0; j < word.length; j++) {
        word[j] = (char) (0x20 + random.nextInt(0x5F));
      }
      String w = new String(word);
      assertThat(folded(OURS, w)).as(w).isEqualTo(folded(ICU, w));
    }
  }

  @Test
  void foldsOtherScriptsAndAccentsAsIcuDoes() throws IOException {
    for (String w : List.of("Хрущёв", "Négociations", "STRASSE", "Straße", "ＡＢＣ", "Ǆemal", "Mosaddeq", "İstanbul",
        "ΟΔΥΣΣΕΥΣ", "Kuchuk-Khan", "^", "`", "a^b", "Tebriz\u0301", "ﬁnal")) {
      assertThat(folded(OURS, w)).as(w).isEqualTo(folded(ICU, w));
    }
    assertThat(folded(OURS, "Хрущёв")).isEqualTo("хрущев");
    assertThat(folded(OURS, "Mosaddeq")).isEqualTo("mosaddeq");
  }

  private static String folded(Analyzer analyzer, String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return String.join("|", terms);
  }

  private static Analyzer whole(Function<TokenStream, TokenStream> filter) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer whole = new KeywordTokenizer();
        return new TokenStreamComponents(whole, filter.apply(whole));
      }
    };
  }
}

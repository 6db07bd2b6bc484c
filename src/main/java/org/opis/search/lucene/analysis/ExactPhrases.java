package org.opis.search.lucene.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.commongrams.CommonGramsFilter;
import org.apache.lucene.analysis.commongrams.CommonGramsQueryFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.snowball.SnowballFilter;

/**
 * Texts as exact phrases are looked for in them: every word as written (folded, never stemmed or
 * left out), and each pair of neighbouring words of which one is among the language's commonest
 * also as one term ("to_be", "of_the", "has_been"). A phrase is then asked as those pairs, so
 * "to be", which the stemmed text field cannot see at all, is one term; and "the treaty of paris"
 * reads the short lists of three rare pairs instead of the lists of "the" and "of", each in nearly
 * every document, that made phrases of common words the slowest queries of all.
 *
 * <p>The commonest words are the language's stop words: Snowball's longer lists where Lucene
 * ships them, otherwise the stop words of the language's analyzer; none for other languages.
 */
final class ExactPhrases extends Analyzer {
  // the Snowball lists Lucene's analysis module ships, by language
  private static final Map<String, String> SNOWBALL = Map.ofEntries(
      Map.entry("da", "danish"), Map.entry("de", "german"), Map.entry("en", "english"), Map.entry("es", "spanish"),
      Map.entry("fi", "finnish"), Map.entry("fr", "french"), Map.entry("hu", "hungarian"),
      Map.entry("id", "indonesian"), Map.entry("it", "italian"), Map.entry("nl", "dutch"),
      Map.entry("no", "norwegian"), Map.entry("pt", "portuguese"), Map.entry("ru", "russian"),
      Map.entry("sv", "swedish"));

  private final CharArraySet common;
  private final boolean asked;

  private ExactPhrases(CharArraySet common, boolean asked) {
    this.common = common;
    this.asked = asked;
  }

  /** For texts being indexed: words and common pairs. */
  static ExactPhrases written(Optional<String> language, Optional<Analyzer> languageAnalyzer) {
    return new ExactPhrases(commonWords(language, languageAnalyzer), false);
  }

  /** For a phrase asked for: its common pairs in place of their words, so the query reads fewer, rarer terms. */
  static ExactPhrases asked(Optional<String> language, Optional<Analyzer> languageAnalyzer) {
    return new ExactPhrases(commonWords(language, languageAnalyzer), true);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer words = new StandardTokenizer();
    TokenStream stream = new LowerCaseFilter(new CJKBigramFilter(words));
    stream = new CommonGramsFilter(stream, common);
    if (asked) {
      stream = new CommonGramsQueryFilter((CommonGramsFilter) stream);
    }
    return new TokenStreamComponents(words, new ICUFoldingFilter(stream));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ICUFoldingFilter(in);
  }

  private static CharArraySet commonWords(Optional<String> language, Optional<Analyzer> analyzer) {
    CharArraySet common = new CharArraySet(256, true);
    analyzer.filter(StopwordAnalyzerBase.class::isInstance)
        .ifPresent(a -> common.addAll(((StopwordAnalyzerBase) a).getStopwordSet()));
    language.map(SNOWBALL::get).ifPresent(name -> common.addAll(snowball(name)));
    return CharArraySet.unmodifiableSet(common);
  }

  private static CharArraySet snowball(String name) {
    String resource = name + "_stop.txt";
    InputStream stream = SnowballFilter.class.getResourceAsStream(resource);
    if (stream == null) {
      throw new IllegalStateException("Lucene's Snowball stop words " + resource + " are missing from the class path");
    }
    try (Reader list = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
      return WordlistLoader.getSnowballWordSet(list);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Lucene's Snowball stop words " + resource, e);
    }
  }
}

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
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.icu.segmentation.DefaultICUTokenizerConfig;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.commongrams.CommonGramsFilter;
import org.apache.lucene.analysis.commongrams.CommonGramsQueryFilter;
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
  // a typeset apostrophe is the typed one: "don’t know" is the phrase "don't know"
  private static final NormalizeCharMap APOSTROPHES = apostrophes();

  private final CharArraySet common;
  private final boolean asked;
  private final boolean english;
  private final boolean inLatin;

  private ExactPhrases(CharArraySet common, boolean asked, boolean english, boolean inLatin) {
    this.common = common;
    this.asked = asked;
    this.english = english;
    this.inLatin = inLatin;
  }

  /**
   * For texts of a language (empty for others): words and common pairs; for a phrase {@code
   * asked}, its common pairs in place of their words, so the query reads fewer, rarer terms.
   */
  static ExactPhrases of(Optional<String> language, Optional<Analyzer> languageAnalyzer, boolean asked) {
    return new ExactPhrases(commonWords(language, languageAnalyzer), asked, language.equals(Optional.of("en")), false);
  }

  /**
   * For titles and summaries, read as {@link FoldedText} reads them (any script, written in
   * Latin, possessives dropped), with English common pairs.
   */
  static ExactPhrases headings(Analyzer english, boolean asked) {
    return new ExactPhrases(commonWords(Optional.of("en"), Optional.of(english)), asked, true, true);
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new MappingCharFilter(APOSTROPHES, reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer words = inLatin ? new ICUTokenizer(new DefaultICUTokenizerConfig(false, true)) : new StandardTokenizer();
    TokenStream stream = new CJKBigramFilter(words);
    if (english) {
      stream = new EnglishPossessiveFilter(stream);
    }
    if (inLatin) {
      stream = new LatinFilter(stream, false);
    }
    // folded before pairing, and the common words folded alike, so "её" pairs as "ее" does
    CommonGramsFilter pairs = new CommonGramsFilter(new FoldFilter(stream), common);
    return new TokenStreamComponents(words, asked ? new CommonGramsQueryFilter(pairs) : pairs);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return new MappingCharFilter(APOSTROPHES, reader);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new FoldFilter(in);
  }

  private static NormalizeCharMap apostrophes() {
    NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
    map.add("\u2019", "'");
    map.add("\u02BC", "'");
    return map.build();
  }

  private static CharArraySet commonWords(Optional<String> language, Optional<Analyzer> analyzer) {
    CharArraySet listed = new CharArraySet(256, true);
    analyzer.filter(StopwordAnalyzerBase.class::isInstance)
        .ifPresent(a -> listed.addAll(((StopwordAnalyzerBase) a).getStopwordSet()));
    language.map(SNOWBALL::get).ifPresent(name -> listed.addAll(snowball(name)));
    CharArraySet folded = new CharArraySet(listed.size(), false);
    try (Analyzer folding = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer whole = new KeywordTokenizer();
        return new TokenStreamComponents(whole, new FoldFilter(whole));
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new FoldFilter(in);
      }
    }) {
      for (Object word : listed) {
        folded.add(folding.normalize("", new String((char[]) word)).utf8ToString());
      }
    }
    return CharArraySet.unmodifiableSet(folded);
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

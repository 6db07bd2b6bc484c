package org.opis.search.lucene.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;

/**
 * A language's own analyzer followed by ICU folding (case, accents, widths, Unicode forms), so
 * that "Négociations" and "negociations" are one word after the stemmer has used the accents it
 * needs.
 */
final class Folding extends AnalyzerWrapper {
  private final Analyzer language;

  Folding(Analyzer language) {
    super(language.getReuseStrategy());
    this.language = language;
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    return language;
  }

  @Override
  protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
    return new TokenStreamComponents(
        components.getSource(), new FoldFilter(components.getTokenStream()));
  }

  @Override
  protected TokenStream wrapTokenStreamForNormalization(String fieldName, TokenStream in) {
    return new FoldFilter(in);
  }

  @Override
  public String toString() {
    return "Folding(" + language.getClass().getSimpleName() + ")";
  }
}

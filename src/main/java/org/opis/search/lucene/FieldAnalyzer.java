package org.opis.search.lucene;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.opis.search.lucene.analysis.Analysis;

/**
 * The analyzer of the whole index: for each field, the one of {@link Analysis} that suits it.
 * Texts are cut by their language's analyzer, names as spelled, everything else
 * folded. The analyzers are the shared ones of {@link Analysis}, never closed here. Used alike
 * for writing, querying, highlighting and finding related documents, so a word is always cut the
 * same way; only a phrase asked of a phrase field is cut by {@link #askedPhrases()}.
 */
final class FieldAnalyzer extends DelegatingAnalyzerWrapper {
  /** Keeps a phrase from matching across two values of one field (two names, two texts). */
  private static final int GAP_BETWEEN_VALUES = 100;

  private final Map<String, Analyzer> texts = new HashMap<>();
  private final Analyzer folded = Analysis.folded();
  private final Analyzer plain = Analysis.plain();
  private final Analyzer names = Analysis.names();

  FieldAnalyzer() {
    super(PER_FIELD_REUSE_STRATEGY);
    for (String language : Analysis.languages()) {
      texts.put(Fields.TEXT_PREFIX + language, Analysis.forLanguage(language));
      texts.put(Fields.phrase(Fields.TEXT_PREFIX + language), Analysis.exactPhrases(language));
    }
    // texts in a language without an analyzer keep their script; only names and the rest are romanised
    texts.put(Fields.OTHER_TEXT, Analysis.forLanguage("und"));
    texts.put(Fields.phrase(Fields.OTHER_TEXT), Analysis.exactPhrases("und"));
    texts.put(Fields.PHRASE_TITLE, Analysis.headingPhrases());
    texts.put(Fields.PHRASE_SUMMARY, Analysis.headingPhrases());
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String field) {
    Analyzer text = texts.get(field);
    if (text != null) {
      return text;
    }
    if (field.equals(Fields.WORDS)) {
      return plain;
    }
    return Fields.isName(field) ? names : folded;
  }

  /** The analyzer of phrases asked of the phrase fields: their common pairs in place of their words. */
  static Analyzer askedPhrases() {
    return new DelegatingAnalyzerWrapper(PER_FIELD_REUSE_STRATEGY) {
      @Override
      protected Analyzer getWrappedAnalyzer(String field) {
        return Fields.isHeadingPhrase(field) ? Analysis.headingPhraseQueries()
            : Analysis.exactPhraseQueries(Fields.phraseLanguage(field));
      }

      @Override
      public int getPositionIncrementGap(String field) {
        return GAP_BETWEEN_VALUES;
      }
    };
  }

  @Override
  public int getPositionIncrementGap(String field) {
    return GAP_BETWEEN_VALUES;
  }
}

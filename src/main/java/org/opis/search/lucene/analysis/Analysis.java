package org.opis.search.lucene.analysis;

import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/** The analyzers of the index. (Being written: these are placeholders.) */
public final class Analysis {
  private Analysis() {}

  /** The languages that have a text field of their own, as BCP 47 language tags. */
  public static Set<String> languages() {
    return Set.of("en");
  }

  /** The analyzer for texts in this language; a folding analyzer for languages without one. */
  public static Analyzer forLanguage(String tag) {
    return new StandardAnalyzer();
  }

  /** Text in any script, transliterated to Latin and folded: titles, summaries, the catch-all. */
  public static Analyzer folded() {
    return new StandardAnalyzer();
  }

  /** Names as spelled, transliterated to Latin and folded ("Хрущёв" gives "khrushchev"). */
  public static Analyzer names() {
    return new StandardAnalyzer();
  }

  /** Names by sound (Beider–Morse), for spellings no authority record knows. */
  public static Analyzer namesBySound() {
    return new StandardAnalyzer();
  }
}

package org.opis.search.lucene.analysis;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;

/**
 * The analyzers of the index, each made once and shared: Lucene analyzers are safe to use from
 * many threads at once (each thread gets its own token streams, and with them its own memory of
 * recent transliterations and sounds, up to 20,000 words).
 *
 * <p>Which field gets which:
 *
 * <ul>
 *   <li>each text to the field of its language, {@link #languageOf} its tag (one field for the
 *       languages without), analysed by {@link #forLanguage}; a query word is analysed by the same
 *       analyzer for each language field it is looked for in;
 *   <li>titles and summaries by {@link #folded}; the field of every word by {@link #plain};
 *   <li>names (every name of the record's authority records, names written in the record, and
 *       the {@link NameCandidates} of its texts), each as one value of a field analysed by
 *       {@link #names} (with positions; norms are not needed), their words filed by sound in the
 *       index's {@link NameLexicon}, and searched only through {@link NameQueries}, which looks
 *       them up there.
 * </ul>
 */
public final class Analysis {
  private static final LanguageAnalyzers LANGUAGES = new LanguageAnalyzers();
  private static final Analyzer FOLDED_IN_SCRIPT = new FoldedText(false);
  private static final Analyzer FOLDED = new FoldedText(true);
  private static final Analyzer PLAIN = new PlainWords();
  private static final Analyzer NAMES = NameAnalyzer.asSpelled();

  private Analysis() {}

  /**
   * The languages that have a text field of their own, as BCP 47 primary language tags ("en",
   * "ru", "fa"): those for which Lucene has a stemmer and stop words. Chinese, Japanese and
   * Korean ("zh", "ja", "ko") are among them, with one analyzer of character pairs.
   */
  public static Set<String> languages() {
    return new TreeSet<>(LanguageAnalyzers.tags());
  }

  /**
   * The language of {@link #languages()} whose analyzer reads texts tagged {@code tag} ("en" for
   * "en-GB", "no" for "nb"); empty when the tag names none of them ("pl", "uk", "und"), whose
   * texts {@link #forLanguage} only folds.
   */
  public static Optional<String> languageOf(String tag) {
    return LanguageAnalyzers.languageOf(tag);
  }

  /**
   * The analyzer for texts in this language: the language's stop words and stemmer, then ICU
   * folding, so that "negotiations" and "negotiated" are one word, and so are "переговоры" and
   * "переговорах"; for a language without them, words in their own script, folded. Case and
   * accents never matter.
   *
   * @param tag a BCP 47 language tag, as a {@link org.opis.record.Text} has it
   */
  public static Analyzer forLanguage(String tag) {
    return languageOf(tag).map(LANGUAGES::of).orElse(FOLDED_IN_SCRIPT);
  }

  /**
   * The analyzer for texts in this language as exact phrases are looked for in them: every word
   * as written and folded, never stemmed or left out, and each pair of neighbouring words of
   * which one is among the language's commonest also as one term ({@link ExactPhrases}).
   *
   * @param tag a BCP 47 language tag, as a {@link org.opis.record.Text} has it
   */
  public static Analyzer exactPhrases(String tag) {
    return LANGUAGES.phrases(languageOf(tag), false);
  }

  /**
   * The analyzer of a phrase asked for in the texts of {@link #exactPhrases}: its common pairs
   * stand in for their words, so that it reads fewer and rarer terms.
   */
  public static Analyzer exactPhraseQueries(String tag) {
    return LANGUAGES.phrases(languageOf(tag), true);
  }

  /**
   * The analyzer for titles and summaries as exact phrases are looked for in them: read as
   * {@link #folded} reads them (any script, written in Latin, possessives dropped), word for word,
   * with English common pairs as terms of their own.
   */
  public static Analyzer headingPhrases() {
    return LANGUAGES.headings(false);
  }

  /** The analyzer of a phrase asked for in the titles and summaries of {@link #headingPhrases}. */
  public static Analyzer headingPhraseQueries() {
    return LANGUAGES.headings(true);
  }

  /**
   * Text in any script, transliterated to Latin and folded, without stemming or stop words:
   * titles, summaries, the catch-all. Chinese, Japanese and Korean stay in their script, as
   * overlapping pairs of characters.
   */
  public static Analyzer folded() {
    return FOLDED;
  }

  /**
   * Words in their own script, lower case, accents folded, nothing else: the cheap analysis of
   * the field that holds every word of a record once, for prefixes and spelling suggestions.
   * "Négociations" is "negociations"; "Хрущёв" stays "хрущёв" (the name fields find it in Latin).
   */
  public static Analyzer plain() {
    return PLAIN;
  }

  /**
   * Names as spelled, transliterated to Latin and folded: "Хрущёв" gives "khrushchev",
   * "Kuchuk-Khan" gives "kuchuk", "khan". The words are those of {@link
   * org.opis.authority.NameKey}, so a name's key and its terms agree.
   */
  public static Analyzer names() {
    return NAMES;
  }
}

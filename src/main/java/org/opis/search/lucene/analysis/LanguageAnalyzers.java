package org.opis.search.lucene.analysis;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.bn.BengaliAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.ckb.SoraniAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.eu.BasqueAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ga.IrishAnalyzer;
import org.apache.lucene.analysis.gl.GalicianAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.hy.ArmenianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.ne.NepaliAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.sr.SerbianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.ta.TamilAnalyzer;
import org.apache.lucene.analysis.te.TeluguAnalyzer;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * The languages for which Lucene knows stop words and a stemmer, each with its analyzer (made on
 * first use, then shared), folded after stemming by {@link Folding}. Chinese, Japanese and
 * Korean share one analyzer of overlapping character pairs, since Lucene has no word dictionary
 * for them in this build. Polish and Ukrainian have neither stemmer nor stop list here (they live
 * in Lucene's stempel and morfologik modules), so their texts are only folded.
 */
final class LanguageAnalyzers {
  private static final Map<String, Supplier<Analyzer>> KNOWN = Map.ofEntries(
      Map.entry("ar", ArabicAnalyzer::new), Map.entry("bg", BulgarianAnalyzer::new),
      Map.entry("bn", BengaliAnalyzer::new), Map.entry("ca", CatalanAnalyzer::new),
      Map.entry("ckb", SoraniAnalyzer::new), Map.entry("cs", CzechAnalyzer::new),
      Map.entry("da", DanishAnalyzer::new), Map.entry("de", GermanAnalyzer::new),
      Map.entry("el", GreekAnalyzer::new), Map.entry("en", EnglishAnalyzer::new),
      Map.entry("es", SpanishAnalyzer::new), Map.entry("et", EstonianAnalyzer::new),
      Map.entry("eu", BasqueAnalyzer::new), Map.entry("fa", PersianAnalyzer::new),
      Map.entry("fi", FinnishAnalyzer::new), Map.entry("fr", FrenchAnalyzer::new),
      Map.entry("ga", IrishAnalyzer::new), Map.entry("gl", GalicianAnalyzer::new),
      Map.entry("hi", HindiAnalyzer::new), Map.entry("hu", HungarianAnalyzer::new),
      Map.entry("hy", ArmenianAnalyzer::new), Map.entry("id", IndonesianAnalyzer::new),
      Map.entry("it", ItalianAnalyzer::new), Map.entry("lt", LithuanianAnalyzer::new),
      Map.entry("lv", LatvianAnalyzer::new), Map.entry("ne", NepaliAnalyzer::new),
      Map.entry("nl", DutchAnalyzer::new), Map.entry("no", NorwegianAnalyzer::new),
      Map.entry("pt", PortugueseAnalyzer::new), Map.entry("ro", RomanianAnalyzer::new),
      Map.entry("ru", RussianAnalyzer::new), Map.entry("sr", SerbianAnalyzer::new),
      Map.entry("sv", SwedishAnalyzer::new), Map.entry("ta", TamilAnalyzer::new),
      Map.entry("te", TeluguAnalyzer::new), Map.entry("th", ThaiAnalyzer::new),
      Map.entry("tr", TurkishAnalyzer::new), Map.entry("zh", CJKAnalyzer::new),
      Map.entry("ja", CJKAnalyzer::new), Map.entry("ko", CJKAnalyzer::new));

  // tags that name a language above by another code
  private static final Map<String, String> ALIASES = Map.of(
      "nb", "no", "nn", "no", "in", "id", "cz", "cs", "sh", "sr");

  private final Map<String, Analyzer> made = new ConcurrentHashMap<>();
  private final Map<String, Analyzer> phrases = new ConcurrentHashMap<>();

  static java.util.Set<String> tags() {
    return KNOWN.keySet();
  }

  /** The language of {@link #tags()} that a BCP 47 tag names ("pt-BR" is "pt"); empty for others. */
  static Optional<String> languageOf(String tag) {
    String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    String language = ALIASES.getOrDefault(primary, primary);
    return KNOWN.containsKey(language) ? Optional.of(language) : Optional.empty();
  }

  /**
   * The {@link ExactPhrases} analyzer of a language of {@link #tags()}, or of others when empty:
   * for texts written, or for phrases {@code asked}.
   */
  Analyzer phrases(Optional<String> language, boolean asked) {
    String key = language.orElse("") + (asked ? "?" : "");
    return phrases.computeIfAbsent(key, k -> {
      Optional<Analyzer> own = language.map(l -> KNOWN.get(l).get());
      return ExactPhrases.of(language, own, asked);
    });
  }

  /** The {@link ExactPhrases} analyzer of titles and summaries: for them written, or for phrases {@code asked}. */
  Analyzer headings(boolean asked) {
    return phrases.computeIfAbsent(asked ? "headings?" : "headings",
        k -> ExactPhrases.headings(KNOWN.get("en").get(), asked));
  }

  /** The folded analyzer of a language of {@link #tags()}. */
  Analyzer of(String language) {
    String shared = language.equals("ja") || language.equals("ko") ? "zh" : language;
    return made.computeIfAbsent(shared, l -> new Folding(KNOWN.get(l).get()));
  }
}

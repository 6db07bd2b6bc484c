package org.opis.search.lucene.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/**
 * How fast the analyzers read: texts of 4 KB cut from real volumes (the Foreign Relations of the
 * United States, 1877 appendix, in English; a Soviet record of a talk with Mao Zedong, in
 * Russian), in one thread. Prints texts and terms per second of the thread's processor time
 * (the machine is shared, so its clock time says little); fails only when far too slow.
 */
class AnalysisSpeedIT {
  private static final int TEXT = 4096;
  private static final Path SAMPLES = Path.of(System.getProperty("opis.shared", "../shared"), "samples");

  @Test
  void readsEnglishTextsInTheirLanguageAndTheirNames() throws IOException {
    String volume = Files.readString(SAMPLES.resolve("frus1877app.xml"))
        .replaceAll("(?s)<teiHeader.*?</teiHeader>", " ").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    List<String> texts = cut(volume);
    System.out.printf("%d English texts of 4 KB%n", texts.size());
    double english = measure("forLanguage(\"en\")", texts, t -> Terms.of(Analysis.forLanguage("en"), t).size());
    measure("folded()", texts, t -> Terms.of(Analysis.folded(), t).size());
    measure("NameCandidates.in", texts, t -> NameCandidates.in(t).size());
    double names = measure("names() of the candidates, and their sounds", texts, AnalysisSpeedIT::names);
    firstMeetings(texts);
    assertThat(english).isGreaterThan(200);
    assertThat(names).isGreaterThan(50);
  }

  @Test
  void readsRussianTexts() throws IOException {
    String raw = new ObjectMapper().readTree(SAMPLES.resolve("wilson-da-transcript-33548.json").toFile())
        .get("raw").asText();
    String text = raw.replaceAll("(?s)<style.*?</style>", " ").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    List<String> texts = cut(text.repeat(60));
    System.out.printf("%d Russian texts of 4 KB (one record, repeated: its words are soon known)%n", texts.size());
    measure("forLanguage(\"ru\")", texts, t -> Terms.of(Analysis.forLanguage("ru"), t).size());
    measure("folded()", texts, t -> Terms.of(Analysis.folded(), t).size());
    double names = measure("candidates, names() and their sounds", texts, AnalysisSpeedIT::names);
    assertThat(names).isGreaterThan(50);
  }

  private static int names(String text) {
    return names(text, Analysis.names());
  }

  // the words of the names as a card has them, and the terms of their sounds as a lexicon files them
  private static int names(String text, Analyzer names) {
    Sound sound = new Sound();
    int terms = 0;
    for (String name : NameCandidates.in(text)) {
      for (String word : Terms.of(names, name)) {
        terms += 1 + sound.terms(word).size();
      }
    }
    return terms;
  }

  // analyzers that have seen no name yet: the cost of a corpus's first meeting with its names
  private static void firstMeetings(List<String> texts) {
    Analyzer names = NameAnalyzer.asSpelled();
    long words = texts.stream().flatMap(t -> NameCandidates.in(t).stream())
        .flatMap(n -> Terms.of(Analysis.names(), n).stream()).distinct().count();
    long start = cpu();
    for (String text : texts) {
      names(text, names);
    }
    double seconds = (cpu() - start) / 1e9;
    System.out.printf("  %-58s %8.0f texts/s  (%d different words, %.0f µs each)%n",
        "the same, every name met for the first time", texts.size() / seconds, words, seconds * 1e6 / words);
  }

  /** Texts per second, once every text has been read once (the Java compiler warm). */
  private static double measure(String what, List<String> texts, ToIntFunction<String> analyse) {
    texts.forEach(analyse::applyAsInt);
    long terms = 0;
    int passes = 0;
    long start = cpu();
    do {
      for (String text : texts) {
        terms += analyse.applyAsInt(text);
      }
      passes++;
    } while (cpu() - start < 1_000_000_000L);
    double seconds = (cpu() - start) / 1e9 / passes;
    terms /= passes;
    double perSecond = texts.size() / seconds;
    System.out.printf("  %-58s %8.0f texts/s  %10.0f terms/s%n", what, perSecond, terms / seconds);
    return perSecond;
  }

  private static long cpu() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  private static List<String> cut(String text) {
    List<String> texts = new ArrayList<>();
    for (int start = 0; start + TEXT <= text.length(); start += TEXT) {
      texts.add(text.substring(start, start + TEXT));
    }
    return texts;
  }

}

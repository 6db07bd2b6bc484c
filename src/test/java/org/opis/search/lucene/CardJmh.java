package org.opis.search.lucene;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.opis.generate.SyntheticCorpus;
import org.opis.record.Document;
import org.opis.record.Text;
import org.opis.search.IndexEntry;
import org.opis.search.lucene.analysis.NameLexicon;

/**
 * A document's index card made and every field of it cut into terms, as the indexer's threads
 * do before Lucene inverts them, beside the bare baseline: the same texts cut by Lucene's
 * {@code StandardAnalyzer}. Over 64 generated documents in turn, so no one document stays hot.
 * Run by {@code org.opis.bench.MicroBenchmarks}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CardJmh {
  private static final int DOCUMENTS = 64;

  private final Document[] documents = new Document[DOCUMENTS];
  private final String[] texts = new String[DOCUMENTS];
  private FieldAnalyzer analyzer;
  private NameLexicon lexicon;
  private Analyzer standard;
  private int next;

  @Setup
  public void setUp() {
    SyntheticCorpus corpus = new SyntheticCorpus(42);
    for (int i = 0; i < DOCUMENTS; i++) {
      documents[i] = corpus.document(i + 1);
      StringBuilder all = new StringBuilder(documents[i].title());
      for (Text t : documents[i].texts()) {
        all.append('\n').append(t.body());
      }
      texts[i] = all.toString();
    }
    analyzer = new FieldAnalyzer();
    standard = new StandardAnalyzer();
    lexicon = NameLexicon.inMemory();
  }

  /** Terms of a whole card: the work of {@link IndexCard} and of every field's analysis. */
  @Benchmark
  public long card() throws IOException {
    org.apache.lucene.document.Document card = IndexCard.of(new IndexEntry.Indexed(documents[turn()], 1, Map.of()),
        analyzer, lexicon);
    long terms = 0;
    for (IndexableField field : card.getFields()) {
      if (field.fieldType().indexOptions() != IndexOptions.NONE && field.fieldType().tokenized()) {
        terms += count(field.tokenStream(analyzer, null));
      }
    }
    return terms;
  }

  @Benchmark
  public long bareStandardAnalyzer() throws IOException {
    return count(standard.tokenStream("text", texts[turn()]));
  }

  private int turn() {
    next = (next + 1) % DOCUMENTS;
    return next;
  }

  private static long count(TokenStream stream) throws IOException {
    long terms = 0;
    try (stream) {
      stream.reset();
      while (stream.incrementToken()) {
        terms++;
      }
      stream.end();
    }
    return terms;
  }
}

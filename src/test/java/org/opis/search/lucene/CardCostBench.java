package org.opis.search.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.generate.SyntheticCorpus;
import org.opis.record.Document;
import org.opis.search.lucene.analysis.NameLexicon;
import org.opis.search.IndexEntry;

/**
 * What each kind of field of an index card costs to index: the cards of N generated documents
 * written on one thread into a fresh index, whole and then less each kind of field in turn,
 * beside the terms a document gives each kind. A measurement, not a test: it runs only with
 * {@code -Dopis.bench=true} ({@code -Dopis.bench.documents}, 5,000), and prints its figures.
 */
class CardCostBench {
  private static final int DOCUMENTS = Integer.getInteger("opis.bench.documents", 5_000);
  private static final int ROUNDS = 2;

  @TempDir
  Path folder;

  @Test
  void measuresWhatEachKindOfFieldCosts() throws IOException {
    Assumptions.assumeTrue(Boolean.getBoolean("opis.bench"), "a measurement: run with -Dopis.bench=true");
    SyntheticCorpus corpus = new SyntheticCorpus(42);
    List<Document> documents = new ArrayList<>();
    for (int i = 1; i <= DOCUMENTS; i++) {
      documents.add(corpus.document(i));
    }
    Map<String, Predicate<String>> without = new LinkedHashMap<>();
    without.put("the whole card", name -> false);
    without.put("without the phrase fields", name -> name.startsWith("phrase."));
    without.put("without the language text fields", name -> name.startsWith("text."));
    without.put("without the field of every word", name -> name.equals(Fields.WORDS));
    without.put("without the name fields", Fields::isName);
    Map<String, Double> micros = new LinkedHashMap<>();
    for (int round = 1; round <= ROUNDS; round++) {
      // the first round warms the JIT compiler up; the last is reported
      for (Map.Entry<String, Predicate<String>> variant : without.entrySet()) {
        micros.put(variant.getKey(), write(documents, variant.getValue(), round + "-" + micros.size()));
      }
    }
    double whole = micros.get("the whole card");
    System.out.printf(Locale.ROOT, "%,d generated documents, one thread, a fresh index each time%n", DOCUMENTS);
    micros.forEach((variant, us) -> System.out.printf(Locale.ROOT, "%-34s %,6.0f us a document, %,6.0f documents/s%s%n",
        variant, us, 1e6 / us, us == whole ? "" : String.format(Locale.ROOT, "; the fields left out: %4.1f %% of the card",
            100 * (whole - us) / whole)));
  }

  private double write(List<Document> documents, Predicate<String> leftOut, String name) throws IOException {
    FieldAnalyzer analyzer = new FieldAnalyzer();
    long start = System.nanoTime();
    try (FSDirectory directory = FSDirectory.open(folder.resolve(name));
        NameLexicon lexicon = NameLexicon.open(FSDirectory.open(folder.resolve(name + "-lexicon")));
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64))) {
      for (Document d : documents) {
        org.apache.lucene.document.Document card = IndexCard.of(new IndexEntry.Indexed(d, 1, Map.of()), analyzer,
            lexicon);
        org.apache.lucene.document.Document kept = new org.apache.lucene.document.Document();
        for (IndexableField field : card.getFields()) {
          if (!leftOut.test(field.name())) {
            kept.add(field);
          }
        }
        writer.addDocument(kept);
      }
      lexicon.commit();
      writer.commit();
    }
    return (System.nanoTime() - start) / 1e3 / documents.size();
  }
}

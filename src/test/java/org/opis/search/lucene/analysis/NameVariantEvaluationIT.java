package org.opis.search.lucene.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * How well the linguistic tools alone find a name in another spelling: no authority record
 * helps. Each pair's query spelling is searched with {@link NameQueries} over name fields filled
 * from the {@link NameCandidates} of every document's text; recall is the share of pairs whose
 * document is on the first page of ten, precision the share of the first page that is the same
 * person or place, averaged over the pairs.
 */
class NameVariantEvaluationIT {
  private static final int PAGE = 10;

  private final VariantCorpus corpus = new VariantCorpus();

  @Test
  void findsNineteenOfTwentySpellingsOnTheFirstPage() throws IOException {
    Score score = evaluate(true, true);
    assertThat(corpus.variants).hasSizeGreaterThanOrEqualTo(60);
    assertThat(corpus.distractors).hasSizeGreaterThanOrEqualTo(150);
    assertThat(score.recall()).isGreaterThanOrEqualTo(0.95);
    assertThat(score.precision()).isGreaterThanOrEqualTo(0.5);
  }

  @Test
  void soundFindsWhatSpellingAloneMisses() throws IOException {
    Score spelling = evaluate(false, false);
    Score sound = evaluate(true, false);
    System.out.printf("spelling after transliteration alone: recall %.3f, precision %.3f%n",
        spelling.recall(), spelling.precision());
    assertThat(sound.recall()).isGreaterThan(spelling.recall() + 0.3);
  }

  record Score(double recall, double precision) {}

  private Score evaluate(boolean bySound, boolean report) throws IOException {
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    Analyzer analyzer = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(),
        Map.of("name", Analysis.names()));
    NameLexicon lexicon = NameLexicon.inMemory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (VariantCorpus.Doc doc : corpus.docs) {
        Document d = new Document();
        d.add(new StoredField("entity", doc.entity()));
        d.add(new StoredField("body", doc.body()));
        for (String name : NameCandidates.in(doc.body())) {
          d.add(new TextField("name", name, Field.Store.NO));
        }
        lexicon.fileNames(NameCandidates.in(doc.body()));
        writer.addDocument(d);
      }
    }
    lexicon.refresh();
    int found = 0;
    double precision = 0;
    List<String> failures = new ArrayList<>();
    List<String> floods = new ArrayList<>();
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (int i = 0; i < corpus.variants.size(); i++) {
        VariantCorpus.Variant v = corpus.variants.get(i);
        Query query = NameQueries.build(v.query(), "name", lexicon, bySound).orElseThrow();
        ScoreDoc[] page = searcher.search(query, PAGE).scoreDocs;
        int right = 0;
        boolean hit = false;
        List<String> wrong = new ArrayList<>();
        for (ScoreDoc sd : page) {
          Document d = searcher.storedFields().document(sd.doc);
          hit |= sd.doc == i;
          if (d.get("entity").equals(v.entity())) {
            right++;
          } else {
            wrong.add(NameCandidates.in(d.get("body")).toString());
          }
        }
        found += hit ? 1 : 0;
        precision += page.length == 0 ? 0 : (double) right / page.length;
        if (!hit) {
          failures.add(v.query() + " -> " + v.document() + " (" + v.difference() + ")");
        }
        if (!wrong.isEmpty()) {
          floods.add(v.query() + ": " + right + " right, " + wrong.size() + " other " + wrong);
        }
      }
    }
    lexicon.close();
    int n = corpus.variants.size();
    Score score = new Score((double) found / n, precision / n);
    if (report) {
      System.out.printf("Name variants: %d pairs, %d documents (%d distractors naming %d people and places)%n",
          n, corpus.docs.size(), VariantCorpus.DISTRACTORS, corpus.distractors.size());
      System.out.printf("recall (document on the first page of %d): %.3f%n", PAGE, score.recall());
      System.out.printf("precision (share of the first page that is the same person or place): %.3f%n",
          score.precision());
      System.out.println("pairs not found: " + failures.size());
      failures.forEach(f -> System.out.println("  " + f));
      System.out.println("first pages with other names: " + floods.size());
      floods.forEach(f -> System.out.println("  " + f));
    }
    return score;
  }
}

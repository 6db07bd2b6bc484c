package org.opis.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.FSDirectory;
import org.opis.search.lucene.analysis.NameLexicon;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.bench.BenchQuery;
import org.opis.bench.QueryKind;
import org.opis.bench.QueryMix;
import org.opis.generate.SyntheticCorpus;
import org.opis.record.DocumentId;
import org.opis.search.IndexEntry;
import org.opis.search.query.QueryParser;

/**
 * The page of a search for a common name or a common word is ranked without scoring every
 * document that has it: once a page is found, Lucene passes over the blocks of documents that
 * cannot reach it. That needs scores that can stand apart: a common name's best matches tie above
 * anything its words score in other fields (a title's), and a word found only in the field of
 * every word is worth next to nothing. At a million documents each made the ranking of such
 * searches ten times faster (BENCHMARKS.md); these hold the ranking to skipping, on a corpus of the
 * benchmark's documents and the benchmark's own queries.
 */
class RankingSkipsTest {
  private static final int DOCUMENTS = 12_000;
  private static final int PAGE = 20;
  private static final SyntheticCorpus CORPUS = new SyntheticCorpus(42);

  @TempDir
  static Path folder;
  private static DirectoryReader reader;
  private static NameLexicon lexicon;

  @BeforeAll
  static void indexTheBenchmarksDocuments() throws IOException {
    List<IndexEntry> entries = new ArrayList<>();
    for (int i = 1; i <= DOCUMENTS; i++) {
      entries.add(IndexEntry.of(CORPUS.document(i).toBuilder().id(new DocumentId("d" + i)).build(), 1, Map.of()));
    }
    try (LuceneSearchIndex index = LuceneSearchIndex.open(folder)) {
      index.apply(entries, 1);
    }
    reader = DirectoryReader.open(FSDirectory.open(folder));
    lexicon = NameLexicon.open(FSDirectory.open(folder.resolve(Shelf.LEXICON)));
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    lexicon.close();
  }

  @Test
  void rankingNamesOfSeveralWordsScoresFewerThanHalfTheDocumentsTheyMatch() throws IOException {
    Skipped skipped = rank(QueryKind.NAME, typed -> typed.strip().contains(" "));

    assertThat(skipped.queries()).hasSizeGreaterThanOrEqualTo(5);
    assertThat(skipped.scored()).as("documents scored of %,d matched by %s", skipped.matched(), skipped.queries())
        .isLessThan(skipped.matched() / 2);
  }

  @Test
  void rankingCommonWordsScoresFewerThanAThirdOfTheDocumentsTheyMatch() throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    Skipped skipped = rank(QueryKind.WORD, typed -> count(searcher, typed) > DOCUMENTS / 5);

    assertThat(skipped.queries()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(skipped.scored()).as("documents scored of %,d matched by %s", skipped.matched(), skipped.queries())
        .isLessThan(skipped.matched() / 3);
  }

  private record Skipped(List<String> queries, long matched, long scored) {}

  private static Skipped rank(QueryKind kind, Predicate<String> chosen) throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    List<String> queries = new ArrayList<>();
    long matched = 0;
    long scored = 0;
    for (BenchQuery asked : QueryMix.draw(CORPUS, DOCUMENTS).of(kind)) {
      if (chosen.test(asked.text())) {
        TopDocs page = searcher.search(query(asked.text()), new TopScoreDocCollectorManager(PAGE, PAGE));
        assertThat(page.scoreDocs).as(asked.text()).hasSize(PAGE);
        // a ranking that stopped scoring says how many it saw, no more
        assertThat(page.totalHits.relation).as(asked.text()).isEqualTo(TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO);
        matched += count(searcher, asked.text());
        scored += page.totalHits.value;
        queries.add(asked.text());
      }
    }
    return new Skipped(queries, matched, scored);
  }

  private static int count(IndexSearcher searcher, String typed) {
    try {
      return searcher.count(query(typed));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Query query(String typed) throws IOException {
    return new QueryWriter(new FieldQueries(new FieldAnalyzer(), reader, lexicon), reader).write(QueryParser.parse(typed))
        .query();
  }
}

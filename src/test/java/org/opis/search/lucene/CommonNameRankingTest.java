package org.opis.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.bench.QueryKind;
import org.opis.bench.QueryMix;
import org.opis.generate.SyntheticCorpus;
import org.opis.record.DocumentId;
import org.opis.search.IndexEntry;
import org.opis.search.query.QueryParser;

/**
 * A common name of several words typed in the search box is ranked without scoring every
 * document that names it: its best matches tie, and once a page of them is found nothing the
 * query could match in another field (a title's words) can reach them, so Lucene passes the rest
 * over. At a million documents that made a name search's ranking ten times faster (BENCHMARKS.md).
 */
class CommonNameRankingTest {
  private static final int DOCUMENTS = 12_000;
  private static final int PAGE = 20;

  @TempDir
  Path folder;

  @Test
  void rankingNamesOfSeveralWordsScoresFewerThanHalfTheDocumentsTheyMatch() throws IOException {
    SyntheticCorpus corpus = new SyntheticCorpus(42);
    List<IndexEntry> entries = new ArrayList<>();
    for (int i = 1; i <= DOCUMENTS; i++) {
      entries.add(IndexEntry.of(corpus.document(i).toBuilder().id(new DocumentId("d" + i)).build(), 1, Map.of()));
    }
    try (LuceneSearchIndex index = LuceneSearchIndex.open(folder)) {
      index.apply(entries, 1);
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(folder))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      long matched = 0;
      long scored = 0;
      List<String> names = new ArrayList<>();
      for (var name : QueryMix.draw(corpus, DOCUMENTS).of(QueryKind.NAME)) {
        if (name.text().strip().contains(" ")) {
          Query query = query(reader, name.text());
          TopDocs page = searcher.search(query, new TopScoreDocCollectorManager(PAGE, PAGE));
          assertThat(page.scoreDocs).as(name.text()).hasSize(PAGE);
          // a ranking that stopped scoring says how many it saw, no more
          assertThat(page.totalHits.relation).isEqualTo(TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO);
          matched += searcher.count(query);
          scored += page.totalHits.value;
          names.add(name.text());
        }
      }

      assertThat(names).hasSizeGreaterThanOrEqualTo(5);
      assertThat(scored).as("documents scored of %,d matched by %s", matched, names).isLessThan(matched / 2);
    }
  }

  private static Query query(DirectoryReader reader, String typed) throws IOException {
    return new QueryWriter(new FieldQueries(new FieldAnalyzer(), reader), reader).write(QueryParser.parse(typed)).query();
  }
}

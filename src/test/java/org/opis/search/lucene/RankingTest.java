package org.opis.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Ranking a segment large enough to be ranked in two halves at once gives the page one pass of
 * Lucene's own search gives, in the same order: by score, ties to the lower document, and by a
 * sort, for every page of a window.
 */
class RankingTest {
  private static final int DOCUMENTS = Halves.SPLIT_FROM * 2 + 777;
  private static final String[] WORDS = {"treaty", "oil", "border", "embassy", "consul", "wheat"};
  private static LargeSegment segment;
  private static DirectoryReader reader;

  @BeforeAll
  static void indexOneLargeSegment() throws IOException {
    Random random = new Random(5);
    segment = LargeSegment.of(DOCUMENTS, 13, i -> {
      Document card = new Document();
      StringBuilder text = new StringBuilder();
      for (int w = 0, words = 1 + random.nextInt(12); w < words; w++) {
        text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
      }
      card.add(new TextField("text", text.toString(), Field.Store.NO));
      card.add(new TextField("title", WORDS[random.nextInt(WORDS.length)], Field.Store.NO));
      card.add(new StringField("name", "n" + random.nextInt(40), Field.Store.NO));
      card.add(new NumericDocValuesField("day", random.nextInt(20_000)));
      return card;
    });
    reader = segment.reader();
  }

  @AfterAll
  static void close() throws IOException {
    segment.close();
  }

  @Test
  void ranksThePageOnePassRanksByScoreTiesToTheLowerDocument() throws IOException {
    assertThat(Halves.splits(reader.leaves().get(0).reader().maxDoc())).isTrue();
    IndexSearcher searcher = new IndexSearcher(reader);
    for (Query query : queries()) {
      for (int window : new int[] {20, 100, 2_000}) {
        ScoreDoc[] halves = Ranking.of(searcher, query, () -> new TopScoreDocCollectorManager(window, window)).scoreDocs;
        ScoreDoc[] onePass = searcher.search(query, new TopScoreDocCollectorManager(window, window)).scoreDocs;
        assertThat(docs(halves)).as("%s, %d", query, window).containsExactly(docs(onePass));
        assertThat(scores(halves)).as("%s, %d", query, window).containsExactly(scores(onePass));
      }
    }
  }

  @Test
  void ranksThePageOnePassRanksByASort() throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    Sort newestFirst = new Sort(new SortField("day", SortField.Type.LONG, true), SortField.FIELD_SCORE);
    for (Query query : queries()) {
      ScoreDoc[] halves = Ranking.of(searcher, query, () -> new TopFieldCollectorManager(newestFirst, 50, 50)).scoreDocs;
      ScoreDoc[] onePass = searcher.search(query, new TopFieldCollectorManager(newestFirst, 50, 50)).scoreDocs;
      assertThat(docs(halves)).as("%s", query).containsExactly(docs(onePass));
    }
  }

  // a word, a conjunction of disjunctions of fields as the search writes them, and constant
  // scores that tie in thousands of documents
  private static List<Query> queries() {
    Query treaty = new DisjunctionMaxQuery(List.of(term("text", "treaty"), new BoostQuery(term("title", "treaty"), 2)), 0);
    Query oil = new DisjunctionMaxQuery(List.of(term("text", "oil"), new BoostQuery(term("title", "oil"), 2)), 0);
    Query both = new BooleanQuery.Builder().add(treaty, Occur.MUST).add(oil, Occur.MUST)
        .add(term("text", "wheat"), Occur.SHOULD).build();
    Query named = new BooleanQuery.Builder().add(new ConstantScoreQuery(term("name", "n7")), Occur.SHOULD)
        .add(new ConstantScoreQuery(term("name", "n8")), Occur.SHOULD).build();
    return List.of(term("text", "border"), both, named, term("text", "absent"));
  }

  private static Query term(String field, String value) {
    return new TermQuery(new Term(field, value));
  }

  private static int[] docs(ScoreDoc[] page) {
    return Arrays.stream(page).mapToInt(d -> d.doc).toArray();
  }

  private static float[] scores(ScoreDoc[] page) {
    float[] scores = new float[page.length];
    for (int i = 0; i < page.length; i++) {
      scores[i] = page[i].score;
    }
    return scores;
  }
}

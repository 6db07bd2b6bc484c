package org.opis.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Counting finds, in a segment large enough to be read in two halves at once, exactly the live
 * documents Lucene's own search finds for the same query and filters.
 */
class CountingTest {
  private static final int DOCUMENTS = Halves.SPLIT_FROM * 2 + 1_001;
  private static LargeSegment segment;
  private static DirectoryReader reader;

  @BeforeAll
  static void indexOneLargeSegment() throws IOException {
    Random random = new Random(11);
    segment = LargeSegment.of(DOCUMENTS, 17, i -> {
      Document card = new Document();
      card.add(new StringField("word", "w" + random.nextInt(5), Field.Store.NO));
      card.add(new StringField("title", "t" + random.nextInt(50), Field.Store.NO));
      card.add(new StringField("type", i % 3 == 0 ? "letter" : "telegram", Field.Store.NO));
      card.add(new SortedSetDocValuesField(Fields.FACETS, new BytesRef("value " + random.nextInt(300))));
      card.add(new SortedSetDocValuesField(Fields.FACETS, new BytesRef("year " + (1900 + i % 80))));
      return card;
    });
    reader = segment.reader();
  }

  @AfterAll
  static void close() throws IOException {
    segment.close();
  }

  @Test
  void findsWhatLuceneFindsAcrossBothHalvesOfTheSegment() throws IOException {
    LeafReaderContext leaf = reader.leaves().get(0);
    assertThat(Halves.splits(leaf.reader().maxDoc())).isTrue();
    IndexSearcher searcher = new IndexSearcher(reader);
    Query word = new DisjunctionMaxQuery(List.of(term("word", "w1"), term("title", "t7")), 0.1f);
    Query rare = term("title", "t42");
    for (Query query : List.of(word, rare, term("word", "w9"))) {
      for (List<Query> filters : List.of(List.<Query>of(), List.of(term("type", "letter")),
          List.of(term("type", "letter"), term("word", "w1")))) {
        FixedBitSet counted = new Counting(searcher, query, filters).matches(leaf);
        BooleanQuery.Builder plain = new BooleanQuery.Builder().add(query, Occur.MUST);
        filters.forEach(f -> plain.add(f, Occur.FILTER));
        assertThat(counted.cardinality()).as("%s with %s", query, filters).isEqualTo(searcher.count(plain.build()));
      }
    }
  }

  @Test
  void findsWhatLuceneFindsForConjunctionsOfDisjunctionsAndExclusions() throws IOException {
    LeafReaderContext leaf = reader.leaves().get(0);
    IndexSearcher searcher = new IndexSearcher(reader);
    Random random = new Random(23);
    for (int i = 0; i < 300; i++) {
      Query query = randomQuery(random, 3);
      FixedBitSet counted = new Counting(searcher, query, List.of()).matches(leaf);
      assertThat(counted.cardinality()).as("%s", query).isEqualTo(searcher.count(query));
    }
  }

  // words common (w: a fifth of the documents) and rare (t: one in fifty), nested as a search nests them
  private static Query randomQuery(Random random, int depth) {
    int kind = depth == 0 ? 0 : random.nextInt(5);
    return switch (kind) {
      case 0 -> random.nextBoolean() ? term("word", "w" + random.nextInt(6)) : term("title", "t" + random.nextInt(60));
      case 1 -> new DisjunctionMaxQuery(List.of(randomQuery(random, depth - 1), randomQuery(random, depth - 1)), 0);
      case 2 -> new BoostQuery(new ConstantScoreQuery(randomQuery(random, depth - 1)), 3);
      default -> {
        BooleanQuery.Builder bool = new BooleanQuery.Builder();
        Occur[] occurs = Occur.values();
        for (int c = 0, clauses = 1 + random.nextInt(4); c < clauses; c++) {
          bool.add(randomQuery(random, depth - 1), occurs[random.nextInt(occurs.length)]);
        }
        if (random.nextInt(4) == 0) {
          bool.setMinimumNumberShouldMatch(random.nextInt(3));
        }
        yield bool.build();
      }
    };
  }

  @Test
  void countsTheFacetsOfBothHalvesOnce() throws IOException {
    LeafReaderContext leaf = reader.leaves().get(0);
    FixedBitSet matched = new Counting(new IndexSearcher(reader), term("word", "w3"), List.of()).matches(leaf);
    int values = (int) DocValues.getSortedSet(leaf.reader(), Fields.FACETS).getValueCount();
    int[] inHalves = new int[values];
    Holdings.count(leaf, matched, inHalves, 1);
    int[] inOneGo = new int[values];
    FacetTable.of(leaf).count(matched, 0, matched.length(), inOneGo, 1);
    assertThat(inHalves).containsExactly(inOneGo);
    assertThat(IntStream.of(inHalves).sum()).isEqualTo(2 * matched.cardinality());
  }

  @Test
  void aFailureInTheOtherHalfReachesTheCaller() {
    assertThatThrownBy(() -> Halves.run(DOCUMENTS, (from, to) -> {
      if (from > 0) {
        throw new IOException("disk gone at document " + from);
      }
    })).isInstanceOf(IOException.class).hasMessageStartingWith("disk gone at document ");
  }

  private static Query term(String field, String value) {
    return new TermQuery(new Term(field, value));
  }
}

package org.opis.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.QueryVisitor;
import java.util.Set;
import java.util.HashMap;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.opis.search.Snippet;

/**
 * The passages of the texts and summary where a query matched, as {@link Snippet}s: sentences
 * or so around the matches, best first, the matching words marked. The query it is given names
 * only the text and summary fields ({@link QueryWriter.Written#marks()}), so offsets come from
 * those fields' postings and no text is analysed again: re-analysing twenty texts of 4 KB for
 * each search cost more than the search itself.
 */
final class Passages extends UnifiedHighlighter {
  static final int MOST_SNIPPETS = 3;
  private static final int PER_FIELD = 2;
  private static final int AIM = 160;
  private final Map<Integer, Card> read = new HashMap<>();

  Passages(IndexSearcher searcher, FieldAnalyzer analyzer) {
    super(builder(searcher, analyzer)
        .withFormatter(new Pieces())
        .withMaxNoHighlightPassages(0)
        .withMaxLength(100_000)
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(new SentenceEnds(), AIM, 0.5f)));
  }

  /**
   * For each document, in the order given, its best passages in {@code passageFields};
   * empty where nothing matched.
   */
  List<List<Snippet>> of(Query query, List<String> passageFields, int[] docs, List<Card> cards) throws IOException {
    String[] fields = passageFields.toArray(String[]::new);
    if (fields.length == 0) {
      return Arrays.stream(docs).mapToObj(d -> List.<Snippet>of()).toList();
    }
    for (int d = 0; d < docs.length; d++) {
      read.put(docs[d], cards.get(d));
    }
    // each field highlighted with its own part of the query: the highlighter makes the query's
    // weight afresh for every field of every hit, looking up every term it names in every segment
    Map<String, Query> parts = byField(query);
    Map<String, Object[]> found = new HashMap<>();
    for (String field : fields) {
      Query part = parts.get(field);
      if (part != null) {
        found.putAll(highlightFieldsAsObjects(new String[] {field}, part, docs, new int[] {PER_FIELD}));
      }
    }
    List<List<Snippet>> all = new ArrayList<>();
    for (int d = 0; d < docs.length; d++) {
      List<Scored> scored = new ArrayList<>();
      for (String field : fields) {
        Object[] perDoc = found.get(field);
        if (perDoc != null && perDoc[d] instanceof List<?> list) {
          String source = field.equals(Fields.SUMMARY) ? "summary" : "text";
          list.forEach(s -> scored.add(((Scored) s).from(source)));
        }
      }
      all.add(scored.stream().sorted(Comparator.comparingDouble(Scored::score).reversed())
          .limit(MOST_SNIPPETS).map(Scored::snippet).toList());
    }
    return all;
  }

  // the clauses of a query of words in many fields, gathered by the one field each names
  private static Map<String, Query> byField(Query query) {
    List<Query> clauses = query instanceof BooleanQuery any
        ? any.clauses().stream().filter(c -> c.getOccur() == Occur.SHOULD).map(BooleanClause::getQuery).toList()
        : List.of(query);
    Map<String, BooleanQuery.Builder> grouped = new HashMap<>();
    for (Query clause : clauses) {
      Set<String> named = new HashSet<>();
      clause.visit(new QueryVisitor() {
        @Override
        public boolean acceptField(String field) {
          named.add(field);
          return true;
        }
      });
      for (String field : named) {
        grouped.computeIfAbsent(field, f -> new BooleanQuery.Builder()).add(clause, Occur.SHOULD);
      }
    }
    Map<String, Query> parts = new HashMap<>();
    grouped.forEach((field, builder) -> parts.put(field, builder.build()));
    return parts;
  }

  /** Every passage field is indexed with offsets: no need to ask the index, field by field and search by search. */
  @Override
  protected OffsetSource getOffsetSource(String field) {
    return OffsetSource.POSTINGS;
  }

  /**
   * The texts of each document from the cards the hits already read, instead of reading every
   * card's stored fields a second time.
   */
  @Override
  protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
      throws IOException {
    List<CharSequence[]> values = new ArrayList<>();
    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      Card card = read.get(doc);
      if (card == null) {
        card = new Card(searcher.storedFields().document(doc, Set.of(fields)));
      }
      CharSequence[] texts = new CharSequence[fields.length];
      for (int f = 0; f < fields.length; f++) {
        texts[f] = String.join(String.valueOf(MULTIVAL_SEP_CHAR), card.values(fields[f]));
      }
      values.add(texts);
    }
    return values;
  }

  /** The opening of a text, unmarked, for a hit where nothing was matched in its passages. */
  static Snippet opening(String source, String text) {
    return new Snippet(source, List.of(new Snippet.Part(Excerpt.opening(text), false)));
  }

  private record Scored(Snippet snippet, float score) {
    Scored from(String source) {
      return new Scored(new Snippet(source, snippet.parts()), score);
    }
  }

  /** Turns the highlighter's passages into marked pieces of plain text, never into HTML. */
  private static final class Pieces extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      List<Scored> scored = new ArrayList<>();
      for (Passage p : passages) {
        int[] starts = Arrays.copyOf(p.getMatchStarts(), p.getNumMatches());
        int[] ends = Arrays.copyOf(p.getMatchEnds(), p.getNumMatches());
        List<Snippet.Part> parts = Excerpt.around(content, p.getStartOffset(), p.getEndOffset(), starts, ends);
        if (!parts.isEmpty()) {
          scored.add(new Scored(new Snippet("text", parts), p.getScore()));
        }
      }
      return scored;
    }
  }
}

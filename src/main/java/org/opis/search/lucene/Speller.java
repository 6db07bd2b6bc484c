package org.opis.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;
import org.opis.search.query.QueryNode;

/**
 * Suggests a corrected search when few documents match: each word the viewer's documents never
 * contain is replaced by the nearest word they do contain ("Tebriz" by "tabriz"). Words are
 * checked against what the viewer may see, so a suggestion never betrays a word found only in
 * documents hidden from them.
 */
final class Speller {
  /** Fewer matches than this, and a correction is looked for. */
  static final int FEW = 3;
  private static final int CANDIDATES = 5;

  private final DirectSpellChecker checker = new DirectSpellChecker();
  private final FieldQueries fields;

  Speller(FieldQueries fields) {
    this.fields = fields;
  }

  /**
   * The typed search with its unknown words corrected, when that finds more than
   * {@code total} documents; {@code count} counts what a typed search finds for this viewer.
   */
  Optional<String> suggest(String typed, Optional<QueryNode> root, long total, IndexSearcher searcher, Query visible,
      ToLongFunction<String> count) throws IOException {
    if (total >= FEW || root.isEmpty()) {
      return Optional.empty();
    }
    String corrected = typed;
    for (String word : words(root.get())) {
      Optional<BytesRef> folded = fields.stem(Fields.WORDS, word);
      if (folded.isEmpty() || seen(searcher, visible, folded.get().utf8ToString())) {
        continue;
      }
      Optional<String> better = nearest(searcher, visible, folded.get());
      if (better.isPresent()) {
        corrected = replace(corrected, word, better.get());
      }
    }
    return !corrected.equals(typed) && count.applyAsLong(corrected) > total ? Optional.of(corrected) : Optional.empty();
  }

  private Optional<String> nearest(IndexSearcher searcher, Query visible, BytesRef word) throws IOException {
    SuggestWord[] near = checker.suggestSimilar(new Term(Fields.WORDS, word), CANDIDATES, searcher.getIndexReader(),
        SuggestMode.SUGGEST_ALWAYS);
    for (SuggestWord candidate : near) {
      if (seen(searcher, visible, candidate.string)) {
        return Optional.of(candidate.string);
      }
    }
    return Optional.empty();
  }

  private static boolean seen(IndexSearcher searcher, Query visible, String word) throws IOException {
    Query q = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.WORDS, word)), Occur.MUST)
        .add(visible, Occur.FILTER)
        .build();
    return searcher.count(q) > 0;
  }

  /** The single words of a query that a correction could apply to: not exclusions, not phrases. */
  private static List<String> words(QueryNode node) {
    List<String> words = new ArrayList<>();
    if (node instanceof QueryNode.Term term) {
      for (String w : term.text().strip().split("\\s+")) {
        words.add(w);
      }
    } else if (node instanceof QueryNode.All all) {
      all.parts().forEach(p -> words.addAll(words(p)));
    } else if (node instanceof QueryNode.Any any) {
      any.parts().forEach(p -> words.addAll(words(p)));
    }
    return words;
  }

  private static String replace(String typed, String word, String better) {
    Pattern alone = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    return alone.matcher(typed).replaceFirst(Matcher.quoteReplacement(better));
  }
}

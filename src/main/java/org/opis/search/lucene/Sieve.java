package org.opis.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.FixedBitSet;

/**
 * What a query matches in a range of a segment's documents, worked out as bit sets, without
 * scores. A query of words typed anywhere is a conjunction of each word in any field ("Andrej"
 * in any of twenty fields, and "Gromyko" in any); Lucene answers it by stepping two heaps of
 * twenty iterators through each other, document by document, and at a million documents that
 * was most of the time a name search took to count. A sieve reads each word's disjunction in
 * bulk, window by window as Lucene reads a disjunction alone, and ANDs the bit sets; a part
 * much rarer than the others leads, and the others only check its documents.
 *
 * <p>Ranges begin at a multiple of 64 and end at one or at the segment's end, as {@link Halves}
 * cuts them, so two ranges never share a word of a bit set and may be sifted at once.
 */
sealed interface Sieve permits QuerySieve, ConjunctSieve, EitherSieve {
  /** At most how many documents of the segment it lets through, as Lucene estimates it. */
  long cost(LeafReaderContext leaf) throws IOException;

  /** Sets the bits of the live documents it matches from {@code from} up to {@code to}. */
  void sift(LeafReaderContext leaf, FixedBitSet bits, int from, int to) throws IOException;

  /** Clears, from {@code from} up to {@code to}, the bits of the documents it does not match. */
  void keep(LeafReaderContext leaf, FixedBitSet bits, int from, int to) throws IOException;

  /** The sieve of {@code query}, whose scores and boosts do not matter. */
  static Sieve of(IndexSearcher searcher, Query query) throws IOException {
    if (query instanceof BoostQuery boosted) {
      return of(searcher, boosted.getQuery());
    }
    if (query instanceof ConstantScoreQuery constant) {
      return of(searcher, constant.getQuery());
    }
    if (query instanceof DisjunctionMaxQuery max) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      max.getDisjuncts().forEach(d -> any.add(d, Occur.SHOULD));
      return of(searcher, any.build());
    }
    if (query instanceof BooleanQuery bool && bool.getMinimumNumberShouldMatch() <= 1) {
      return ofClauses(searcher, bool);
    }
    return new QuerySieve(searcher, query);
  }

  private static Sieve ofClauses(IndexSearcher searcher, BooleanQuery bool) throws IOException {
    List<Sieve> required = new ArrayList<>();
    List<Sieve> excluded = new ArrayList<>();
    List<Query> optional = new ArrayList<>();
    for (BooleanClause clause : bool.clauses()) {
      switch (clause.getOccur()) {
        case MUST, FILTER -> required.add(of(searcher, clause.getQuery()));
        case MUST_NOT -> excluded.add(of(searcher, clause.getQuery()));
        case SHOULD -> optional.add(clause.getQuery());
      }
    }
    if (required.isEmpty() && optional.isEmpty() || bool.getMinimumNumberShouldMatch() > optional.size()) {
      return new QuerySieve(searcher, bool); // Lucene matches nothing
    }
    // beside a required clause, optional ones only score, unless one of them must match
    if (!optional.isEmpty() && (required.isEmpty() || bool.getMinimumNumberShouldMatch() == 1)) {
      required.add(either(searcher, optional));
    }
    if (required.size() == 1 && excluded.isEmpty()) {
      return required.get(0);
    }
    // Lucene steps plain iterators through each other quickly; it is heaps it steps slowly
    boolean plain = required.stream().allMatch(Sieve::isPlain) && excluded.stream().allMatch(Sieve::isPlain);
    return plain ? QuerySieve.all(searcher, lucene(required), lucene(excluded)) : new ConjunctSieve(required, excluded);
  }

  // plain queries and conjunctions of them are read by Lucene in one bulk disjunction; the rest by parts
  private static Sieve either(IndexSearcher searcher, List<Query> queries) throws IOException {
    List<Sieve> parts = new ArrayList<>();
    List<QuerySieve> inBulk = new ArrayList<>();
    for (Query q : queries) {
      Sieve part = of(searcher, q);
      if (part instanceof QuerySieve lucene) {
        inBulk.add(lucene);
      } else {
        parts.add(part);
      }
    }
    if (!inBulk.isEmpty()) {
      parts.add(0, inBulk.size() == 1 ? inBulk.get(0) : QuerySieve.either(searcher, inBulk));
    }
    return parts.size() == 1 ? parts.get(0) : new EitherSieve(parts);
  }

  // plain sieves, each with its query already rewritten, to be read by Lucene as one
  private static List<QuerySieve> lucene(List<Sieve> plain) {
    return plain.stream().map(QuerySieve.class::cast).toList();
  }

  // one query Lucene reads without a heap of iterators: not a disjunction
  private static boolean isPlain(Sieve sieve) {
    return sieve instanceof QuerySieve lucene && !(lucene.query() instanceof BooleanQuery bool
        && bool.clauses().stream().filter(c -> c.getOccur() == Occur.SHOULD).count() > 1);
  }
}

package org.opis.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.opis.record.Languages;
import org.opis.search.query.Field;
import org.opis.search.query.ParsedQuery;
import org.opis.search.query.QueryNode;

/**
 * Writes a parsed query as a Lucene query, saying in notices what it could not search as typed.
 * Words too common to be indexed in some language become optional rather than impossible, words
 * with nothing to search are left out, and a search of more than {@link #MOST_WORDS} words uses
 * the first of them: a pasted paragraph would otherwise ask for thousands of clauses.
 */
final class QueryWriter {
  // the parser reads no more (QueryParser.MOST_CLAUSES): one limit, one notice; each word is
  // looked for in some twenty fields, and Lucene takes 1,024 clauses at most
  static final int MOST_WORDS = org.opis.search.query.QueryParser.MOST_CLAUSES;

  private final FieldQueries fields;
  private final IndexReader reader;
  private final Set<String> notices = new LinkedHashSet<>();
  /** What the texts and summaries should have marked: every word and phrase asked for, not those excluded. */
  private final List<Query> marks = new ArrayList<>();
  private int words;

  QueryWriter(FieldQueries fields, IndexReader reader) {
    this.fields = fields;
    this.reader = reader;
  }

  /**
   * The query and what the reader should be told about it, the parser's notices first.
   *
   * @param marks the words and phrases to mark in a hit's passages, as queries of the text and
   *     summary fields only, whatever fields they were searched in: the highlighter then reads
   *     their offsets from those fields' postings instead of analysing each hit's texts again
   */
  record Written(Query query, List<String> notices, Optional<Query> marks) {}

  Written write(ParsedQuery parsed) throws IOException {
    notices.addAll(parsed.notices());
    Optional<Part> root = parsed.root().isEmpty() ? Optional.empty() : part(parsed.root().get());
    Query query = root.map(Part::query).orElseGet(MatchAllDocsQuery::new);
    if (parsed.root().isPresent() && root.isEmpty()) {
      notices.add("nothing left to search for; showing every document");
    }
    return new Written(query, List.copyOf(notices), marks());
  }

  private Optional<Query> marks() {
    if (marks.isEmpty()) {
      return Optional.empty();
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    marks.forEach(m -> any.add(m, Occur.SHOULD));
    return Optional.of(any.build());
  }

  /** A part of the query; an optional one may be missing from a matching document. */
  private record Part(Query query, boolean optional) {}

  private Optional<Part> part(QueryNode node) throws IOException {
    if (node instanceof QueryNode.All all) {
      return all(all.parts());
    }
    if (node instanceof QueryNode.Any any) {
      return any(any.parts());
    }
    if (node instanceof QueryNode.Not) {
      return all(List.of(node));
    }
    if (node instanceof QueryNode.DateRange range) {
      return Filters.dated(Optional.of(range.from()), Optional.of(range.to()))
          .map(q -> new Part(Filters.containedFirst(q, range.from(), range.to()), false));
    }
    if (!countWord()) {
      return Optional.empty();
    }
    if (node instanceof QueryNode.Term term) {
      return words(term.field(), term.text());
    }
    if (node instanceof QueryNode.Phrase phrase) {
      return word(phrase.field(), phrase.text(), true);
    }
    return prefix((QueryNode.Prefix) node);
  }

  private Optional<Part> all(List<QueryNode> parts) throws IOException {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    boolean required = false;
    boolean any = false;
    for (QueryNode node : parts) {
      if (node instanceof QueryNode.Not not) {
        int marked = marks.size();
        Optional<Part> excluded = part(not.part());
        // what a document must not hold is never in a passage shown
        marks.subList(marked, marks.size()).clear();
        excluded.ifPresent(p -> all.add(p.query(), Occur.MUST_NOT));
        any |= excluded.isPresent();
        continue;
      }
      Optional<Part> p = part(node);
      if (p.isPresent()) {
        all.add(p.get().query(), p.get().optional() ? Occur.SHOULD : Occur.MUST);
        required |= !p.get().optional();
        any = true;
      }
    }
    if (!any) {
      return Optional.empty();
    }
    BooleanQuery built = all.build();
    boolean onlyExclusions = built.clauses().stream().allMatch(c -> c.getOccur() == Occur.MUST_NOT);
    if (onlyExclusions) {
      all.add(new MatchAllDocsQuery(), Occur.MUST);
      return Optional.of(new Part(all.build(), false));
    }
    return Optional.of(new Part(built, !required));
  }

  private Optional<Part> any(List<QueryNode> parts) throws IOException {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    boolean optional = true;
    int count = 0;
    for (QueryNode node : parts) {
      Optional<Part> p = part(node);
      if (p.isPresent()) {
        any.add(p.get().query(), Occur.SHOULD);
        optional &= p.get().optional();
        count++;
      }
    }
    return count == 0 ? Optional.empty() : Optional.of(new Part(any.build(), optional));
  }

  // A term is a word, but a stand-in parser may hand over several: each is looked for alone.
  private Optional<Part> words(Field field, String text) throws IOException {
    String[] each = text.strip().split("\\s+");
    if (each.length == 1) {
      return word(field, text, false);
    }
    List<QueryNode> terms = new ArrayList<>();
    for (String w : each) {
      terms.add(new QueryNode.Term(field, w));
    }
    words--;
    return all(terms);
  }

  private Optional<Part> word(Field field, String text, boolean phrase) {
    if (field == Field.LANGUAGE) {
      Optional<String> tag = Languages.tag(text).map(Fields::primary);
      if (tag.isEmpty()) {
        notices.add("no language called " + quote(text) + " is known; searched without it");
      }
      return tag.flatMap(t -> fields.in(Field.LANGUAGE, t, false)).map(q -> new Part(q, false));
    }
    if (field == Field.ANY) {
      FieldQueries.Anywhere found = fields.anywhere(text, phrase);
      if (found.query().isEmpty()) {
        notices.add(quote(text) + " has no letters or digits to search for; left out");
      }
      marks.addAll(found.passages());
      return found.query().map(q -> new Part(q, found.stopWord()));
    }
    if (field != Field.TYPE) {
      // a name or title searched by field is marked where the texts write it as typed
      marks.addAll(fields.inPassages(text, phrase));
    }
    Optional<Query> found = fields.in(field, text, phrase);
    if (found.isEmpty()) {
      notices.add(quote(field.prefix() + ":" + text) + " has nothing to search for; left out");
    }
    return found.map(q -> new Part(q, false));
  }

  private Optional<Part> prefix(QueryNode.Prefix prefix) throws IOException {
    String field = FieldQueries.prefixField(prefix.field());
    Optional<BytesRef> stem = fields.stem(field, prefix.stem());
    if (stem.isEmpty() || stem.get().length < 2) {
      notices.add(quote(prefix.stem() + "*") + " is too short a beginning of a word to search for; left out");
      return Optional.empty();
    }
    Prefixes.Expansion expansion = Prefixes.expand(reader, field, stem.get());
    if (expansion.cut()) {
      notices.add(String.format(java.util.Locale.ROOT, "more than %,d words begin with %s; only the first %,d in"
          + " alphabetical order were searched: type more letters to narrow it", Prefixes.MOST, quote(prefix.stem()),
          Prefixes.MOST));
    }
    if (field.equals(Fields.WORDS)) {
      for (String passage : fields.passageFields()) {
        marks.add(new PrefixQuery(new Term(passage, stem.get())));
      }
    }
    return Optional.of(new Part(expansion.query(), false));
  }

  private boolean countWord() {
    words++;
    if (words > MOST_WORDS) {
      notices.add("only the first " + MOST_WORDS + " words and phrases of the query were searched");
      return false;
    }
    return true;
  }

  /** What a reader typed, in quotation marks, as the parser quotes it. */
  static String quote(String typed) {
    String t = typed.strip();
    return "\"" + (t.length() > 40 ? t.substring(0, 40) + "\u2026" : t) + "\"";
  }
}

package org.opis.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.opis.search.Facet;
import org.opis.search.lucene.analysis.NameLexicon;
import org.opis.search.lucene.analysis.NameQueries;
import org.opis.search.query.Field;

/**
 * Queries for one word or phrase in the fields a person meant: everywhere, or in one field
 * named before a colon. Each field's query is cut by that field's analyzer, so "negotiations"
 * is stemmed for English texts and transliterated for names.
 */
final class FieldQueries {
  /**
   * Among the fields a word is found in, the best counts alone: with nothing added for the others,
   * Lucene can skip blocks of documents whose best field cannot reach the page being ranked.
   */
  private static final float TIE_BREAKER = 0f;
  private static final float TITLE_BOOST = 2f;
  /**
   * The worth of a word found only in the field of every word, whatever it is: that field knows
   * only whether a word is there, so scored as Lucene scores it, every document with a common word
   * scored alike and about as high as the best texts, and the ranking could skip none of them
   * (a single common word took 15 ms to rank at a million documents, and 1 ms after).
   */
  private static final float PRESENCE = 0.01f;

  /**
   * Name queries score by kind of match, not rarity, and a name found in a name field (who wrote,
   * who received, who and where is named) outranks the same words found anywhere else but for the
   * rarest words. That also lets a common name be ranked quickly: its best matches tie, and once a
   * page of them is found no other field's words can reach them, so Lucene skips the rest instead
   * of scoring every match (at boost 1 a title's words could still reach them: BENCHMARKS.md).
   */
  private static final float NAME_BOOST = 2f;

  /** The most spellings sounding like a word typed that passages mark. */
  private static final int MARKED_ALIKE = 8;

  /** A word in fewer than one document in this many is rare enough to be a name. */
  private static final int RARE = 100;

  /** Phrases asked of the phrase fields, as common pairs; the pairs are plain terms, not a graph. */
  private static final QueryBuilder EXACT = exact();

  private final FieldAnalyzer analyzer;
  private final QueryBuilder builder;
  private final IndexReader reader;
  private final NameLexicon lexicon;
  private final Set<String> indexed;

  /**
   * Queries of the fields {@code reader} has (a field no document has is not searched), names by
   * sound as {@code lexicon} files their words.
   */
  FieldQueries(FieldAnalyzer analyzer, IndexReader reader, NameLexicon lexicon) {
    this.analyzer = analyzer;
    this.builder = new QueryBuilder(analyzer);
    this.reader = reader;
    this.lexicon = lexicon;
    this.indexed = Fields.indexedIn(reader);
  }

  /**
   * A word or phrase anywhere in a record.
   *
   * @param query empty when nothing in it can be searched (punctuation alone)
   * @param stopWord whether some language leaves it out of its texts as too common ("the"),
   *     so that a document may lack it and still be what the reader wants
   * @param passages its queries of the text and summary fields, to mark it in passages
   */
  record Anywhere(Optional<Query> query, boolean stopWord, List<Query> passages) {}

  Anywhere anywhere(String text, boolean phrase) {
    List<Query> found = new ArrayList<>();
    List<Query> passages = new ArrayList<>();
    boolean stopWord = false;
    for (String field : Fields.texts()) {
      Optional<Query> q = build(field, text, phrase);
      // whether a language drops the word counts even where no text of it is indexed yet;
      // a phrase drops nothing, being looked for in the phrase fields
      stopWord |= !phrase && q.isEmpty() && !Fields.languageOf(field).isEmpty();
      if (indexed.contains(field)) {
        q.ifPresent(passages::add);
        (phrase ? exactPhrase(Fields.phrase(field), text) : q).ifPresent(found::add);
      }
    }
    // a phrase of the title and summary is looked for word for word, in their phrase fields
    (phrase ? exactPhrase(Fields.PHRASE_TITLE, text) : built(Fields.TITLE, text, false))
        .map(q -> new BoostQuery(q, TITLE_BOOST)).ifPresent(found::add);
    Optional<Query> summary = built(Fields.SUMMARY, text, phrase);
    summary.ifPresent(passages::add);
    (phrase ? exactPhrase(Fields.PHRASE_SUMMARY, text) : summary).ifPresent(found::add);
    for (String field : List.of(Fields.ARCHIVE, Fields.IDENTIFIER, Fields.SUBJECT, Fields.COLLECTION)) {
      built(field, text, phrase).ifPresent(found::add);
    }
    if (!phrase) {
      // no positions in the field of every word: it serves single words only
      built(Fields.WORDS, text, false).map(FieldQueries::presenceOnly).ifPresent(found::add);
      found.add(new TermQuery(new Term(Fields.facet(Facet.TYPE), Fields.facetValue(Facet.TYPE, text))));
    }
    boolean mayBeName = mayBeName(text);
    for (String field : List.of(Fields.PERSON, Fields.PLACE, Fields.NAMED_IN_TEXT)) {
      if (indexed.contains(field)) {
        names(field, text, mayBeName).ifPresent(found::add);
      }
    }
    if (mayBeName && !phrase) {
      // a document found by a spelling that sounds like the one typed shows that spelling marked
      List<String> fields = passageFields();
      for (String alike : soundingLike(text)) {
        fields.forEach(field -> built(field, alike, false).filter(this::inSomeDocument).ifPresent(passages::add));
      }
    }
    return new Anywhere(found.isEmpty() ? Optional.empty() : Optional.of(new DisjunctionMaxQuery(found, TIE_BREAKER)),
        stopWord, List.copyOf(passages));
  }

  // a word's query of a passage field, when it is one term some document has: the others mark nothing, at a cost
  private boolean inSomeDocument(Query query) {
    try {
      return query instanceof TermQuery t && reader.docFreq(t.getTerm()) > 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The spellings of the index that sound like the words typed, at most {@value #MARKED_ALIKE}
   * for each word, to mark in passages; the words typed themselves are marked already.
   */
  private Set<String> soundingLike(String text) {
    Set<String> alike = new TreeSet<>();
    try (TokenStream stream = analyzer.tokenStream(Fields.PERSON, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        String typed = term.toString();
        lexicon.soundingLike(typed).stream().filter(w -> !w.equals(typed)).sorted().limit(MARKED_ALIKE)
            .forEach(alike::add);
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return alike;
  }

  // a document with the word nowhere but in the field of every word ranks after all the others
  private static Query presenceOnly(Query query) {
    return new BoostQuery(new ConstantScoreQuery(query), PRESENCE);
  }

  /** The fields of {@link Fields#passages()} that some document has. */
  List<String> passageFields() {
    return Fields.passages().stream().filter(indexed::contains).toList();
  }

  /** A word or phrase in each text and summary field that has it, to mark it in passages. */
  List<Query> inPassages(String text, boolean phrase) {
    List<Query> found = new ArrayList<>();
    for (String field : passageFields()) {
      build(field, text, phrase).ifPresent(found::add);
    }
    return found;
  }

  /** A word or phrase in one field; empty when nothing in it can be searched there. */
  Optional<Query> in(Field field, String text, boolean phrase) {
    return switch (field) {
      case ANY -> anywhere(text, phrase).query();
      case TITLE -> build(Fields.TITLE, text, phrase);
      case SUBJECT -> build(Fields.SUBJECT, text, phrase);
      case COLLECTION -> build(Fields.COLLECTION, text, phrase);
      case ARCHIVE -> build(Fields.ARCHIVE, text, phrase);
      case PERSON -> names(Fields.PERSON, text);
      case PLACE -> names(Fields.PLACE, text);
      case FROM -> names(Fields.FROM, text);
      case TO -> names(Fields.TO, text);
      case TRANSLATOR -> names(Fields.TRANSLATOR, text);
      case TYPE -> Optional.of(new TermQuery(new Term(Fields.facet(Facet.TYPE), Fields.facetValue(Facet.TYPE, text))));
      case LANGUAGE -> Optional.of(new TermQuery(new Term(Fields.facet(Facet.LANGUAGE), text)));
    };
  }

  /** The index field where words of {@code field} beginning with a stem are looked for. */
  static String prefixField(Field field) {
    return switch (field) {
      case ANY -> Fields.WORDS;
      case TITLE -> Fields.TITLE;
      case SUBJECT -> Fields.SUBJECT;
      case COLLECTION -> Fields.COLLECTION;
      case ARCHIVE -> Fields.ARCHIVE;
      case PERSON -> Fields.PERSON;
      case PLACE -> Fields.PLACE;
      case FROM -> Fields.FROM;
      case TO -> Fields.TO;
      case TRANSLATOR -> Fields.TRANSLATOR;
      case TYPE -> Fields.facet(Facet.TYPE);
      case LANGUAGE -> Fields.facet(Facet.LANGUAGE);
    };
  }

  /**
   * A stem as the field keeps its words: "Negotiat" as "negotiat", "Хрущ" as "khrushch" where
   * names are transliterated; empty when the stem is no word at all there.
   */
  Optional<BytesRef> stem(String field, String stem) {
    if (field.startsWith("facet.")) {
      return Optional.of(new BytesRef(stem.strip().toLowerCase(java.util.Locale.ROOT)));
    }
    List<BytesRef> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, stem)) {
      TermToBytesRefAttribute term = stream.addAttribute(TermToBytesRefAttribute.class);
      stream.reset();
      while (stream.incrementToken() && tokens.size() < 2) {
        tokens.add(BytesRef.deepCopyOf(term.getBytesRef()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens.size() == 1 ? Optional.of(tokens.get(0)) : Optional.empty();
  }

  /**
   * A name in any spelling ({@link NameQueries}): every word spelled as typed, or sounding so,
   * spelled ranking first; for a phrase, its words near each other rank first too.
   */
  private Optional<Query> names(String field, String text) {
    return names(field, text, true);
  }

  private Optional<Query> names(String field, String text, boolean bySound) {
    return NameQueries.build(text, field, lexicon, bySound).map(q -> new BoostQuery(q, NAME_BOOST));
  }

  /**
   * Whether words typed anywhere may be a name, to be matched by sound as well as by spelling:
   * when one is capitalised as typed, or is rare in the texts (or absent: a spelling no text
   * uses). A common word typed in lower case ("conference") is matched by spelling alone, since
   * the terms sounding like it are other common words, and reading through them all cost more
   * than the rest of the search. A field named before a colon (person:, place:) always matches
   * by sound.
   */
  private boolean mayBeName(String text) {
    if (text.codePoints().anyMatch(c -> Character.isUpperCase(c) || Character.isTitleCase(c))) {
      return true;
    }
    long rare = Math.max(1, reader.numDocs() / RARE);
    for (String word : text.strip().split("\\s+")) {
      Optional<BytesRef> plain = stem(Fields.WORDS, word);
      try {
        if (plain.isPresent() && reader.docFreq(new Term(Fields.WORDS, plain.get())) < rare) {
          return true;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return false;
  }

  // the phrase in the phrase field of a text field, when some document has it
  private Optional<Query> exactPhrase(String field, String text) {
    return indexed.contains(field) ? Optional.ofNullable(EXACT.createPhraseQuery(field, text)) : Optional.empty();
  }

  private static QueryBuilder exact() {
    QueryBuilder exact = new QueryBuilder(FieldAnalyzer.askedPhrases());
    exact.setEnableGraphQueries(false);
    return exact;
  }

  // a query of a field only when some document has it
  private Optional<Query> built(String field, String text, boolean phrase) {
    return indexed.contains(field) ? build(field, text, phrase) : Optional.empty();
  }

  private Optional<Query> build(String field, String text, boolean phrase) {
    Query q = phrase ? builder.createPhraseQuery(field, text) : builder.createBooleanQuery(field, text,
        org.apache.lucene.search.BooleanClause.Occur.MUST);
    return Optional.ofNullable(q);
  }
}

package org.opis.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.opis.search.Facet;
import org.opis.search.lucene.analysis.NameQueries;
import org.opis.search.query.Field;

/**
 * Queries for one word or phrase in the fields a person meant: everywhere, or in one field
 * named before a colon. Each field's query is cut by that field's analyzer, so "negotiations"
 * is stemmed for English texts and transliterated for names.
 */
final class FieldQueries {
  /** Among the fields a word is found in, the best counts, and a little of each of the others. */
  private static final float TIE_BREAKER = 0.1f;
  private static final float TITLE_BOOST = 2f;
  /** Name queries score by kind of match, not rarity: a name spelled as typed is worth about a rare word. */
  private static final float NAME_BOOST = 1f;

  private final FieldAnalyzer analyzer;
  private final QueryBuilder builder;

  FieldQueries(FieldAnalyzer analyzer) {
    this.analyzer = analyzer;
    this.builder = new QueryBuilder(analyzer);
  }

  /**
   * A word or phrase anywhere in a record.
   *
   * @param query empty when nothing in it can be searched (punctuation alone)
   * @param stopWord whether some language leaves it out of its texts as too common ("the"),
   *     so that a document may lack it and still be what the reader wants
   */
  record Anywhere(Optional<Query> query, boolean stopWord) {}

  Anywhere anywhere(String text, boolean phrase) {
    List<Query> found = new ArrayList<>();
    boolean stopWord = false;
    for (String field : Fields.texts()) {
      Optional<Query> q = build(field, text, phrase);
      stopWord |= q.isEmpty() && !Fields.languageOf(field).isEmpty();
      q.ifPresent(found::add);
    }
    build(Fields.TITLE, text, phrase).map(q -> new BoostQuery(q, TITLE_BOOST)).ifPresent(found::add);
    for (String field : List.of(Fields.SUMMARY, Fields.ARCHIVE, Fields.IDENTIFIER, Fields.SUBJECT, Fields.COLLECTION)) {
      build(field, text, phrase).ifPresent(found::add);
    }
    if (!phrase) {
      // no positions in the field of every word: it serves single words only
      build(Fields.WORDS, text, false).ifPresent(found::add);
      found.add(new TermQuery(new Term(Fields.facet(Facet.TYPE), Fields.facetValue(Facet.TYPE, text))));
    }
    names(Fields.PERSON, text).ifPresent(found::add);
    names(Fields.PLACE, text).ifPresent(found::add);
    names(Fields.NAMED_IN_TEXT, text).ifPresent(found::add);
    return new Anywhere(found.isEmpty() ? Optional.empty() : Optional.of(new DisjunctionMaxQuery(found, TIE_BREAKER)),
        stopWord);
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
  private static Optional<Query> names(String field, String text) {
    return NameQueries.build(text, field, Fields.sound(field)).map(q -> new BoostQuery(q, NAME_BOOST));
  }

  private Optional<Query> build(String field, String text, boolean phrase) {
    Query q = phrase ? builder.createPhraseQuery(field, text) : builder.createBooleanQuery(field, text,
        org.apache.lucene.search.BooleanClause.Occur.MUST);
    return Optional.ofNullable(q);
  }
}

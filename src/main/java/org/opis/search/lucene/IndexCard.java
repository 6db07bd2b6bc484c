package org.opis.search.lucene;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.opis.date.DocumentDate;
import org.opis.record.Document;
import org.opis.record.Text;
import org.opis.record.Visibility;
import org.opis.reference.ArchivalReference;
import org.opis.search.Facet;
import org.opis.search.IndexEntry;
import org.opis.search.lucene.analysis.NameCandidates;
import org.opis.search.lucene.analysis.NameLexicon;

/**
 * The index card of a document: the Lucene document holding what searching, filtering, counting,
 * sorting and showing a hit need. Every document gets one, whoever may see it; its visibility is
 * recorded on it as the first day the public may see it, so a search can leave out what its
 * viewer may not see and an embargo lifts on its day without the card being rewritten.
 */
final class IndexCard {
  /** Stored, with offsets in the postings, so passages can be highlighted without reanalysis. */
  private static final FieldType PASSAGES = frozen(withOffsets(new FieldType(TextField.TYPE_STORED)));
  /** Exact phrases: positions, no offsets or norms, nothing stored (the text is, in its own field). */
  private static final FieldType PHRASES = frozen(withoutNorms(new FieldType(TextField.TYPE_NOT_STORED)));
  /** Counted once per document, as a name is: however many spellings, one mention. */
  private static final FieldType NAMES = frozen(withoutNorms(new FieldType(TextField.TYPE_NOT_STORED)));
  /** Whether a word is there, nothing more: for the prefixes and spellings of every word. */
  private static final FieldType PRESENCE = frozen(docsOnly(new FieldType(TextField.TYPE_NOT_STORED)));

  private IndexCard() {}

  /**
   * The card of a document; the words of its names are filed in {@code lexicon} first, so that
   * the lexicon never lacks a word of a card written.
   */
  static org.apache.lucene.document.Document of(IndexEntry.Indexed indexed, Analyzer analyzer, NameLexicon lexicon)
      throws IOException {
    Document d = indexed.document();
    org.apache.lucene.document.Document card = new org.apache.lucene.document.Document();
    card.add(new KeywordField(Fields.ID, d.requireId().value(), Field.Store.YES));
    card.add(new NumericDocValuesField(Fields.REVISION, indexed.revision()));
    DistinctTerms words = new DistinctTerms(Fields.WORDS, analyzer);
    passage(card, words, Fields.TITLE, d.title());
    card.add(new Field(Fields.PHRASE_TITLE, d.title(), PHRASES));
    d.summary().ifPresent(s -> {
      passage(card, words, Fields.SUMMARY, s);
      card.add(new Field(Fields.PHRASE_SUMMARY, s, PHRASES));
    });
    Set<String> candidates = new LinkedHashSet<>();
    for (Text text : d.texts()) {
      passage(card, words, Fields.text(text.language()), text.body());
      card.add(new Field(Fields.phrase(Fields.text(text.language())), text.body(), PHRASES));
      candidates.addAll(NameCandidates.in(text.body()));
    }
    Roles roles = Roles.of(indexed);
    Set<String> named = new LinkedHashSet<>(candidates);
    roles.spellings().forEach((field, spellings) -> {
      names(card, field, spellings);
      named.addAll(spellings);
    });
    names(card, Fields.NAMED_IN_TEXT, candidates);
    lexicon.fileNames(named);
    roles.spellings().values().forEach(names -> names.forEach(words::add));
    present(card, words);
    roles.preferred().forEach((facet, names) -> names.forEach(n -> facet(card, facet, n)));
    references(card, d);
    d.identifiers().forEach(i -> card.add(new TextField(Fields.IDENTIFIER, i, Field.Store.NO)));
    d.externalIds().forEach(e -> card.add(new TextField(Fields.IDENTIFIER, e.value(), Field.Store.NO)));
    d.subjects().forEach(s -> {
      card.add(new TextField(Fields.SUBJECT, s, Field.Store.NO));
      facet(card, Facet.SUBJECT, s);
    });
    d.collections().forEach(c -> {
      card.add(new TextField(Fields.COLLECTION, c.title(), Field.Store.NO));
      facet(card, Facet.COLLECTION, c.title());
    });
    d.type().ifPresent(t -> {
      card.add(new StoredField(Fields.TYPE_SHOWN, t));
      facet(card, Facet.TYPE, t);
    });
    languages(d).forEach(l -> facet(card, Facet.LANGUAGE, l));
    d.funders().forEach(f -> facet(card, Facet.FUNDER, f));
    d.date().ifPresent(date -> date(card, date));
    d.creators().forEach(c -> card.add(new StoredField(Fields.CREATOR_SHOWN, c.name())));
    d.recipients().forEach(r -> card.add(new StoredField(Fields.RECIPIENT_SHOWN, r.name())));
    visibility(card, d.visibility());
    return card;
  }

  private static void passage(org.apache.lucene.document.Document card, DistinctTerms words, String field, String text) {
    card.add(new Field(field, text, PASSAGES));
    words.add(text);
  }

  /** Names as spelled; their sounds are the lexicon's. */
  private static void names(org.apache.lucene.document.Document card, String field, Collection<String> names) {
    for (String name : names) {
      card.add(new Field(field, name, NAMES));
    }
  }

  private static void present(org.apache.lucene.document.Document card, DistinctTerms terms) {
    if (!terms.isEmpty()) {
      card.add(terms.field(PRESENCE));
    }
  }

  private static void references(org.apache.lucene.document.Document card, Document d) {
    Set<String> files = new LinkedHashSet<>();
    for (ArchivalReference source : d.sources()) {
      card.add(new TextField(Fields.ARCHIVE, source.asWritten(), Field.Store.NO));
      source.repository().ifPresent(r -> card.add(new TextField(Fields.ARCHIVE, r, Field.Store.NO)));
      // one facet value for one archive, however its references write it; found by either name
      source.archive().ifPresent(a -> {
        if (!source.repository().get().equals(a)) {
          card.add(new TextField(Fields.ARCHIVE, a, Field.Store.NO));
        }
        facet(card, Facet.ARCHIVE, a);
      });
      FileKey.of(source).ifPresent(files::add);
    }
    files.forEach(f -> card.add(new KeywordField(Fields.FILE, f, Field.Store.NO)));
  }

  /** The languages of the original and of every text, as primary language tags. */
  private static Set<String> languages(Document d) {
    Set<String> tags = new LinkedHashSet<>();
    d.languages().forEach(l -> tags.add(Fields.primary(l)));
    d.texts().forEach(t -> tags.add(Fields.primary(t.language())));
    tags.remove("");
    return tags;
  }

  private static void date(org.apache.lucene.document.Document card, DocumentDate date) {
    long earliest = date.earliest().toEpochDay();
    card.add(new LongPoint(Fields.EARLIEST, earliest));
    card.add(new LongPoint(Fields.LATEST, date.latest().toEpochDay()));
    card.add(new NumericDocValuesField(Fields.DATE_ORDER, earliest));
    card.add(new SortedSetDocValuesField(Fields.FACETS, Fields.counted(Fields.YEARS_KEY, Integer.toString(date.year()))));
    card.add(new StoredField(Fields.DATE_WRITTEN, date.asWritten()));
  }

  private static void visibility(org.apache.lucene.document.Document card, Visibility visibility) {
    switch (visibility.access()) {
      case PUBLIC -> card.add(new LongPoint(Fields.PUBLIC_FROM, Long.MIN_VALUE));
      case EMBARGOED -> card.add(new LongPoint(Fields.PUBLIC_FROM,
          visibility.until().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE)));
      case RESTRICTED -> { } // only editors, who are never filtered
    }
  }

  private static void facet(org.apache.lucene.document.Document card, Facet facet, String value) {
    if (!value.isBlank()) {
      String kept = Fields.facetValue(facet, value);
      card.add(new StringField(Fields.facet(facet), kept, Field.Store.NO));
      card.add(new SortedSetDocValuesField(Fields.FACETS, Fields.counted(Fields.facetKey(facet), kept)));
    }
  }

  private static FieldType withOffsets(FieldType type) {
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    return type;
  }

  private static FieldType withoutNorms(FieldType type) {
    type.setOmitNorms(true);
    return type;
  }

  private static FieldType docsOnly(FieldType type) {
    type.setIndexOptions(IndexOptions.DOCS);
    type.setOmitNorms(true);
    return type;
  }

  private static FieldType frozen(FieldType type) {
    type.freeze();
    return type;
  }
}

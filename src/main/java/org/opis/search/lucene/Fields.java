package org.opis.search.lucene;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.BytesRef;
import org.opis.search.Facet;
import org.opis.search.lucene.analysis.Analysis;

/**
 * The fields of an index card and how each is cut into terms. Texts go to a field of their own
 * language ({@code text.en}, {@code text.ru}) or, for a language without an analyzer, to
 * {@code text.other}; names go to a field per role, as spelled (transliterated and folded); their
 * sounds are in the index's {@link org.opis.search.lucene.analysis.NameLexicon}.
 */
final class Fields {
  static final String ID = "id";
  static final String REVISION = "revision";
  static final String TITLE = "title";
  static final String SUMMARY = "summary";
  static final String TEXT_PREFIX = "text.";
  static final String OTHER_TEXT = "text.other";
  /** Each text again, for exact phrases ({@code phrase.en}, {@code phrase.other}): see {@link #phrase}. */
  static final String PHRASE_PREFIX = "phrase.";
  /** Every word of the record folded, for prefixes and spelling suggestions: documents only, no positions. */
  static final String WORDS = "words";
  static final String ARCHIVE = "archive";
  static final String SUBJECT = "subject";
  static final String COLLECTION = "collection";
  static final String IDENTIFIER = "identifier";
  static final String PERSON = "person";
  static final String PLACE = "place";
  static final String FROM = "from";
  static final String TO = "to";
  static final String TRANSLATOR = "translator";
  /** Names picked out of the texts, for spellings no authority record of the document knows. */
  static final String NAMED_IN_TEXT = "named";
  /** The first day of the date as a day number: points for filters. */
  static final String EARLIEST = "date.earliest";
  static final String LATEST = "date.latest";
  /** The first day of the date as a day number, for sorting; absent for undated documents. */
  static final String DATE_ORDER = "date.order";
  /**
   * Every facet value and the year of a card, as doc values for counting: each written after the
   * key of its facet (or {@link #YEARS_KEY}) and {@link #KEY_END}, so each facet's values sort
   * together.
   */
  static final String FACETS = "facets";
  static final String YEARS_KEY = "~year";
  static final byte KEY_END = 0x1f;
  /** The first day anyone may see the document; absent when only editors may. */
  static final String PUBLIC_FROM = "public.from";
  /** The archival file the document is kept in, as {@link FileKey}s. */
  static final String FILE = "file";
  // what a hit shows, stored only
  static final String DATE_WRITTEN = "date.written";
  static final String TYPE_SHOWN = "type.shown";
  static final String CREATOR_SHOWN = "creator.shown";
  static final String RECIPIENT_SHOWN = "recipient.shown";
  private static final List<String> TEXTS = texts(Analysis.languages());
  private static final Set<String> NAMES = Set.of(PERSON, PLACE, FROM, TO, TRANSLATOR, NAMED_IN_TEXT);

  private Fields() {}

  /** The field holding a facet's values as terms, for filtering; they are counted from {@link #FACETS}. */
  static String facet(Facet facet) {
    return "facet." + facet.parameter();
  }

  /** What a facet's values are written after in {@link #FACETS}. */
  static String facetKey(Facet facet) {
    return facet.parameter();
  }

  /** A value of {@link #FACETS}: the key of its facet, then the value. */
  static BytesRef counted(String key, String value) {
    return new BytesRef(key + (char) KEY_END + value);
  }

  /**
   * A facet value as the index keeps it: types and language tags in lower case, since they are
   * terms; names and titles as written.
   */
  static String facetValue(Facet facet, String value) {
    String v = value.strip();
    return facet == Facet.TYPE || facet == Facet.LANGUAGE ? v.toLowerCase(Locale.ROOT) : v;
  }

  /** The field for a text in this language: its own when Opis has an analyzer for it ("en" for "en-GB"). */
  static String text(String languageTag) {
    return Analysis.languageOf(languageTag).map(l -> TEXT_PREFIX + l).orElse(OTHER_TEXT);
  }

  /** Every text field, in a stable order. */
  static List<String> texts() {
    return TEXTS;
  }

  private static List<String> texts(Set<String> languages) {
    List<String> fields = new ArrayList<>();
    new TreeSet<>(languages).forEach(l -> fields.add(TEXT_PREFIX + l));
    fields.add(OTHER_TEXT);
    return List.copyOf(fields);
  }

  /** The fields a hit's passages are drawn from: every text, then the summary. */
  static List<String> passages() {
    List<String> fields = new ArrayList<>(texts());
    fields.add(SUMMARY);
    return fields;
  }

  /** The fields some document of the index has terms in. */
  static Set<String> indexedIn(IndexReader reader) {
    Set<String> indexed = new HashSet<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      for (FieldInfo field : leaf.reader().getFieldInfos()) {
        if (field.getIndexOptions() != IndexOptions.NONE) {
          indexed.add(field.name);
        }
      }
    }
    return indexed;
  }

  /** Every field of names as spelled. */
  static Set<String> names() {
    return NAMES;
  }

  static boolean isName(String field) {
    return NAMES.contains(field);
  }

  /**
   * The field where a text of {@code textField} is kept as exact phrases are looked for in it:
   * words unstemmed, none left out, common pairs as terms of their own.
   */
  static String phrase(String textField) {
    return PHRASE_PREFIX + textField.substring(TEXT_PREFIX.length());
  }

  /** The title and the summary as exact phrases are looked for in them. */
  static final String PHRASE_TITLE = PHRASE_PREFIX + "title";
  static final String PHRASE_SUMMARY = PHRASE_PREFIX + "summary";

  /** Whether a phrase field is the title's or the summary's, read as titles are. */
  static boolean isHeadingPhrase(String phraseField) {
    return phraseField.equals(PHRASE_TITLE) || phraseField.equals(PHRASE_SUMMARY);
  }

  /** The language tag of the texts of a phrase field of texts ("und" for {@code phrase.other}). */
  static String phraseLanguage(String phraseField) {
    String language = languageOf(TEXT_PREFIX + phraseField.substring(PHRASE_PREFIX.length()));
    return language.isEmpty() ? "und" : language;
  }

  /** The language of a text field ("en" for {@code text.en}); empty for any other field. */
  static String languageOf(String field) {
    return field.startsWith(TEXT_PREFIX) && !field.equals(OTHER_TEXT) ? field.substring(TEXT_PREFIX.length()) : "";
  }

  /** "en" for "en-GB", lower case; the tag itself when it has no subtags. */
  static String primary(String languageTag) {
    String tag = languageTag.strip().toLowerCase(Locale.ROOT);
    int dash = tag.indexOf('-');
    return dash > 0 ? tag.substring(0, dash) : tag;
  }
}

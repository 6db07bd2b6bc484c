package org.opis.search.lucene.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Queries that find a name in any spelling: the words of the name as typed, each matched in a
 * field of {@link Analysis#names() names as spelled} as typed or, failing that, by sound: the
 * words the index's {@link NameLexicon} files under the same sounds.
 *
 * <p>How a document scores: every word of the name must be in it, spelled the same after
 * transliteration and folding (worth {@value #EXACT} for the word) or sounding the same (worth
 * {@value #SOUND}); a word spelled the same also sounds the same, so it earns both. The scores
 * are constant, not by term frequency, so the order is by kind of match alone: a document with
 * every word spelled as typed comes before one where a word only sounds alike, and a document
 * with the words next to each other, in this order or another, earns {@value #NEAR} more.
 * Particles and initials ("de", "al", "I.") count when present but are not required. A name of
 * two words never matches a document that shares only one of them: that is what keeps a search
 * for "Kuchik Khan" from a page of other Khans. (So "Mirza Kuchak Khan" does not find a document
 * that writes only "Kuchuk-Khan": the authority record's variants are there for that.)
 *
 * <p>A hyphenated word may be written as parts or as one ("Tse-tung", "Kuchuk-Khan"): it matches
 * either way. What sounds alike is decided by {@link SoundAlike}.
 */
public final class NameQueries {
  /** The worth of a word spelled as typed. */
  public static final float EXACT = 4f;
  /** The worth of a word that sounds as typed. */
  public static final float SOUND = 1f;
  /** The worth of the words standing together. */
  public static final float NEAR = 2f;

  private static final int NEAR_SLOP = 3;

  private NameQueries() {}

  /**
   * The query for a name typed by a reader ("Kuchik Khan", "Хрущёв"), over a field analysed by
   * {@link Analysis#names()} whose words {@code lexicon} files; empty when the name has no
   * letters or digits.
   */
  public static Optional<Query> build(String typedName, String field, NameLexicon lexicon) {
    return build(typedName, field, lexicon, true);
  }

  /**
   * As {@link #build(String, String, NameLexicon)}, or, unless {@code bySound}, spelled alike only:
   * for a word typed anywhere that looks like no name, where matching by sound, which reads
   * through many terms of the index, would find only other common words.
   */
  public static Optional<Query> build(String typedName, String exactField, NameLexicon lexicon, boolean bySound) {
    Words words = new Words(exactField, lexicon, bySound);
    List<List<List<String>>> required = new ArrayList<>();
    List<List<List<String>>> optional = new ArrayList<>();
    for (String written : typedName.strip().split("\\s+")) {
      List<List<String>> parts = positions(Analysis.names(), written);
      if (!parts.isEmpty()) {
        boolean isOptional = parts.size() == 1 && isOptional(parts.get(0).get(0));
        (isOptional ? optional : required).add(parts);
      }
    }
    if (required.isEmpty()) {
      required = optional;
      optional = List.of();
    }
    if (required.isEmpty()) {
      return Optional.empty();
    }
    BooleanQuery.Builder scored = new BooleanQuery.Builder();
    for (List<List<String>> word : required) {
      scored.add(words.written(word), Occur.MUST);
    }
    for (List<List<String>> word : optional) {
      scored.add(words.written(word), Occur.SHOULD);
    }
    List<String> inOrder = required.stream().flatMap(List::stream).map(w -> w.get(0)).toList();
    if (inOrder.size() >= 2) {
      PhraseQuery.Builder near = new PhraseQuery.Builder().setSlop(NEAR_SLOP);
      inOrder.forEach(w -> near.add(new Term(exactField, w)));
      scored.add(new BoostQuery(new ConstantScoreQuery(near.build()), NEAR), Occur.SHOULD);
    }
    return Optional.of(scored.build());
  }

  /** The clauses for the words of one name, in its two fields. */
  private record Words(String exactField, NameLexicon lexicon, boolean bySound) {
    // a word as typed between spaces: one word, or the parts of a hyphenated one ("Tse-tung"),
    // found as parts or as one word ("Zedong" is written "tsetung" beside "tse", "tung")
    Query written(List<List<String>> parts) {
      if (parts.size() == 1) {
        return word(parts.get(0));
      }
      BooleanQuery.Builder each = new BooleanQuery.Builder();
      boolean anyRequired = parts.stream().anyMatch(part -> !isOptional(part.get(0)));
      for (List<String> part : parts) {
        // "al-Karim" is found in "Karim"
        each.add(word(part), anyRequired && isOptional(part.get(0)) ? Occur.SHOULD : Occur.MUST);
      }
      String joined = String.join("", parts.stream().map(part -> part.get(0)).toList());
      return new BooleanQuery.Builder()
          .add(each.build(), Occur.SHOULD)
          .add(word(List.of(joined)), Occur.SHOULD)
          .build();
    }

    // one word, in any of its spellings (a Cyrillic word has two readings)
    Query word(List<String> spellings) {
      BooleanQuery.Builder exact = new BooleanQuery.Builder();
      BooleanQuery.Builder sound = new BooleanQuery.Builder();
      for (String spelling : spellings) {
        exact.add(new TermQuery(new Term(exactField, spelling)), Occur.SHOULD);
        sound.add(new SoundAlike(exactField, spelling, lexicon), Occur.SHOULD);
      }
      BooleanQuery.Builder word = new BooleanQuery.Builder()
          .add(new BoostQuery(new ConstantScoreQuery(exact.build()), EXACT), Occur.SHOULD);
      if (bySound) {
        word.add(new BoostQuery(new ConstantScoreQuery(sound.build()), SOUND), Occur.SHOULD);
      }
      return word.build();
    }
  }

  private static boolean isOptional(String word) {
    return word.codePointCount(0, word.length()) == 1 || CandidateWords.isParticle(word);
  }

  // the terms of a text, those at one position together
  private static List<List<String>> positions(Analyzer analyzer, String text) {
    List<List<String>> positions = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (increment.getPositionIncrement() > 0 || positions.isEmpty()) {
          positions.add(new ArrayList<>());
        }
        List<String> here = positions.get(positions.size() - 1);
        if (!here.contains(term.toString())) {
          here.add(term.toString());
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse the name \"" + text + "\"", e);
    }
    return positions;
  }
}

package org.opis.search.lucene.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Queries that find a name in any spelling: the words of the name as typed, each matched in a
 * field of {@link Analysis#names() names as spelled} or, failing that, in a field of {@link
 * Analysis#namesBySound() names by sound}.
 *
 * <p>How a document scores: every word of the name must be in it, spelled the same after
 * transliteration and folding (worth {@value #EXACT} for the word) or sounding the same (worth
 * {@value #SOUND}); a word spelled the same also sounds the same, so it earns both. The scores
 * are constant, not by term frequency, so the order is by kind of match alone: a document with
 * every word spelled as typed comes before one where a word only sounds alike, and a document
 * with the words next to each other, in this order or another, earns {@value #NEAR} more.
 * Particles and initials ("de", "al", "I.") count when present but are not required, and in a
 * name of three or more words one required word may be missing ("Mirza Kuchak Khan" finds
 * "Kuchuk-Khan"). A name of two words never matches a document that shares only one of them:
 * that is what keeps a search for "Kuchik Khan" from a page of other Khans.
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
   * {@link Analysis#names()} and one analysed by {@link Analysis#namesBySound()}; empty when the
   * name has no letters or digits.
   */
  public static Optional<Query> build(String typedName, String exactField, String soundField) {
    return build(typedName, exactField, soundField, Analysis.namesBySound());
  }

  // the sound analyzer is a parameter so that the evaluation can compare encoders
  static Optional<Query> build(String typedName, String exactField, String soundField, Analyzer bySound) {
    List<List<String>> words = positions(Analysis.names(), typedName);
    if (words.isEmpty()) {
      return Optional.empty();
    }
    List<List<String>> required = new ArrayList<>();
    List<List<String>> optional = new ArrayList<>();
    for (List<String> word : words) {
      (isOptional(word.get(0)) ? optional : required).add(word);
    }
    if (required.isEmpty()) {
      required = optional;
      optional = List.of();
    }
    BooleanQuery.Builder name = new BooleanQuery.Builder();
    for (List<String> word : required) {
      name.add(word(word, exactField, soundField, bySound), required.size() >= 3 ? Occur.SHOULD : Occur.MUST);
    }
    if (required.size() >= 3) {
      name.setMinimumNumberShouldMatch(required.size() - 1);
    }
    BooleanQuery.Builder scored = new BooleanQuery.Builder().add(name.build(), Occur.MUST);
    for (List<String> word : optional) {
      scored.add(word(word, exactField, soundField, bySound), Occur.SHOULD);
    }
    if (required.size() >= 2) {
      PhraseQuery.Builder near = new PhraseQuery.Builder().setSlop(NEAR_SLOP);
      required.forEach(w -> near.add(new Term(exactField, w.get(0))));
      scored.add(new BoostQuery(new ConstantScoreQuery(near.build()), NEAR), Occur.SHOULD);
    }
    return Optional.of(scored.build());
  }

  private static Query word(
      List<String> spellings, String exactField, String soundField, Analyzer bySound) {
    BooleanQuery.Builder exact = new BooleanQuery.Builder();
    Set<BytesRef> codes = new LinkedHashSet<>();
    for (String spelling : spellings) {
      exact.add(new TermQuery(new Term(exactField, spelling)), Occur.SHOULD);
      for (List<String> sound : positions(bySound, spelling)) {
        sound.forEach(code -> codes.add(new BytesRef(code)));
      }
    }
    BooleanQuery.Builder word = new BooleanQuery.Builder()
        .add(new BoostQuery(new ConstantScoreQuery(exact.build()), EXACT), Occur.SHOULD);
    if (!codes.isEmpty()) {
      word.add(new BoostQuery(new TermInSetQuery(soundField, codes), SOUND), Occur.SHOULD);
    }
    return word.build();
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

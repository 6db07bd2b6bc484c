package org.opis.search.lucene.analysis;

import java.io.IOException;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * A query that matches the documents with a word that sounds like a given word, in a field of
 * {@link Analysis#names() names as spelled}: a word sharing a Beider–Morse code with it, or
 * gathered under one of its {@link Sound keys} and spelled alike enough, as the {@link
 * NameLexicon} of the index files its words. Spelled alike means sharing at least {@value #ALIKE}
 * of their pairs of letters (Dice's coefficient, the word's start counting as a letter):
 * "Chruschtschow" and "Khrushchev" share 0.38, "Zhukov" and "Chehab" nothing. A word without
 * vowels, as Arabic and Persian script are read ("msdq" for مصدق), is compared by consonants
 * alone, and must share {@value #ALIKE_CONSONANTS} of their pairs ("msdgh" of Mossadegh shares 0.55).
 *
 * <p>Like Lucene's fuzzy and prefix queries, it becomes, when searched, the set of the words it
 * accepts; every document with one of them scores 1.
 */
final class SoundAlike extends Query {
  static final double ALIKE = 0.3;
  static final double ALIKE_CONSONANTS = 0.5;

  private final String field;
  private final String word;
  private final NameLexicon lexicon;

  /** The words sounding like {@code word} (a word as {@link Analysis#names()} cuts it), in {@code field}. */
  SoundAlike(String field, String word, NameLexicon lexicon) {
    this.field = field;
    this.word = word;
    this.lexicon = lexicon;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Set<String> words = lexicon.soundingLike(word);
    if (words.isEmpty()) {
      return new MatchNoDocsQuery();
    }
    List<BytesRef> terms = new ArrayList<>(words.size());
    words.forEach(w -> terms.add(new BytesRef(w)));
    return new TermInSetQuery(field, terms);
  }

  static boolean isAlike(String a, String b) {
    if (hasNoVowel(a) || hasNoVowel(b)) {
      return dice(consonants(a) + "$", consonants(b) + "$") >= ALIKE_CONSONANTS;
    }
    return dice(a, b) >= ALIKE;
  }

  private static boolean hasNoVowel(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isVowel(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  // without vowels (y counted with them, as ی reads), doubled letters once: "mossadegh" is "msdgh"
  private static String consonants(String word) {
    StringBuilder out = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!isVowel(c) && c != 'y' && (out.length() == 0 || out.charAt(out.length() - 1) != c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static double dice(String a, String b) {
    Set<String> left = pairs(a);
    Set<String> right = pairs(b);
    int total = left.size() + right.size();
    left.retainAll(right);
    return total == 0 ? 0 : 2.0 * left.size() / total;
  }

  private static Set<String> pairs(String word) {
    String padded = "^" + word;
    Set<String> pairs = new HashSet<>();
    for (int i = 0; i + 2 <= padded.length(); i++) {
      pairs.add(padded.substring(i, i + 2));
    }
    return pairs;
  }

  @Override
  public void visit(QueryVisitor visitor) {
    if (visitor.acceptField(field)) {
      visitor.visitLeaf(this);
    }
  }

  @Override
  public String toString(String defaultField) {
    return (field.equals(defaultField) ? "" : field + ":") + "~" + word;
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && field.equals(((SoundAlike) other).field)
        && word.equals(((SoundAlike) other).word) && lexicon == ((SoundAlike) other).lexicon;
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), field, word, System.identityHashCode(lexicon));
  }
}

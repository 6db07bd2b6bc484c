package org.opis.search.lucene.analysis;

import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * A query that matches the documents with a word that sounds like a given word, in a field of
 * {@link Analysis#namesBySound() names by sound}: a word sharing a Beider–Morse code with it, or
 * gathered under one of its {@link Sound keys} and spelled alike enough. Spelled alike means
 * sharing at least {@value #ALIKE} of their pairs of letters (Dice's coefficient, the word's
 * start counting as a letter): "Chruschtschow" and "Khrushchev" share 0.38, "Zhukov" and
 * "Chehab" nothing. A word without vowels, as Arabic and Persian script are read ("msdq" for
 * مصدق), is compared by consonants alone, and must share {@value #ALIKE_CONSONANTS} of their
 * pairs ("msdgh" of Mossadegh shares 0.55).
 *
 * <p>Like Lucene's fuzzy and prefix queries, it becomes, when searched, the set of terms of the
 * index that it accepts; every document with one of them scores 1.
 */
final class SoundAlike extends Query {
  static final double ALIKE = 0.3;
  static final double ALIKE_CONSONANTS = 0.5;

  private final String field;
  private final String word;
  private final Set<String> codes;
  private final Set<String> keys;

  SoundAlike(String field, String word, Set<String> codes, Set<String> keys) {
    this.field = field;
    this.word = word;
    this.codes = Set.copyOf(codes);
    this.keys = Set.copyOf(keys);
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Set<BytesRef> accepted = new LinkedHashSet<>();
    codes.forEach(code -> accepted.add(new BytesRef(code)));
    Set<String> judged = new HashSet<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Terms terms = leaf.reader().terms(field);
      if (terms == null) {
        continue;
      }
      TermsEnum each = terms.iterator();
      for (String key : keys) {
        BytesRef prefix = new BytesRef(key + Sound.KEY_END);
        if (each.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
          continue;
        }
        do {
          BytesRef term = each.term();
          if (!StringHelper.startsWith(term, prefix)) {
            break;
          }
          String spelling = term.utf8ToString().substring(prefix.length);
          // a word has every key in every segment, so one accepted term of it is enough
          if (judged.add(spelling) && isAlike(word, spelling)) {
            accepted.add(BytesRef.deepCopyOf(term));
          }
        } while (each.next() != null);
      }
    }
    return accepted.isEmpty() ? new MatchNoDocsQuery() : new TermInSetQuery(field, accepted);
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
        && word.equals(((SoundAlike) other).word) && codes.equals(((SoundAlike) other).codes)
        && keys.equals(((SoundAlike) other).keys);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), field, word, codes, keys);
  }
}

package org.opis.search.lucene;

import java.io.IOException;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The words of a field that begin with a stem, at most {@link #MOST} of them: "a*" in a large
 * archive begins a hundred thousand words, and searching them all would take long for a reader
 * who meant one of them.
 */
final class Prefixes {
  static final int MOST = 1_000;

  private Prefixes() {}

  /**
   * A query for the words beginning with {@code stem}.
   *
   * @param query all of them, or the first {@link #MOST} in alphabetical order
   * @param cut whether there were more than that
   */
  record Expansion(Query query, boolean cut) {}

  static Expansion expand(IndexReader reader, String field, BytesRef stem) throws IOException {
    TreeSet<BytesRef> words = new TreeSet<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(field);
      if (terms == null) {
        continue;
      }
      TermsEnum each = terms.iterator();
      if (each.seekCeil(stem) == TermsEnum.SeekStatus.END) {
        continue;
      }
      int seen = 0;
      do {
        BytesRef word = each.term();
        if (!StringHelper.startsWith(word, stem)) {
          break;
        }
        words.add(BytesRef.deepCopyOf(word));
        seen++;
      } while (seen <= MOST && each.next() != null);
    }
    if (words.size() <= MOST) {
      return new Expansion(new PrefixQuery(new Term(field, stem)), false);
    }
    List<BytesRef> first = words.stream().limit(MOST).toList();
    return new Expansion(new TermInSetQuery(field, first), true);
  }
}

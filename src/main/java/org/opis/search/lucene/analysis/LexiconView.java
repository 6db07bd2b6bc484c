package org.opis.search.lucene.analysis;

import java.io.Closeable;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * A view of a {@link NameLexicon} as of its last refresh, held while it is read and given back
 * to its manager when closed.
 */
record LexiconView(SearcherManager manager, IndexSearcher searcher) implements Closeable {
  // one object for one view: a version number comes again after a rollback, with other words
  Object view() {
    return searcher.getIndexReader().getReaderCacheHelper().getKey();
  }

  // the words filed under a code or key: the terms after "code/"
  Set<String> filedUnder(String field, String code) throws IOException {
    String filedAs = code + Sound.KEY_END;
    BytesRef head = new BytesRef(filedAs);
    Set<String> words = new LinkedHashSet<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      org.apache.lucene.index.Terms terms = leaf.reader().terms(field);
      TermsEnum each = terms == null ? TermsEnum.EMPTY : terms.iterator();
      if (each.seekCeil(head) == TermsEnum.SeekStatus.END) {
        continue;
      }
      do {
        if (!StringHelper.startsWith(each.term(), head)) {
          break;
        }
        words.add(each.term().utf8ToString().substring(filedAs.length()));
      } while (each.next() != null);
    }
    return words;
  }

  // whether the word is filed in this view
  boolean holds(String word) throws IOException {
    BytesRef term = new BytesRef(word);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      org.apache.lucene.index.Terms words = leaf.reader().terms(NameLexicon.WORD);
      if (words != null && words.iterator().seekExact(term)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() throws IOException {
    manager.release(searcher);
  }
}

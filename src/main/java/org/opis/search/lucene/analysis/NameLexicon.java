package org.opis.search.lucene.analysis;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * The words of the names an index holds, each filed once under the terms of its {@link Sound}
 * (its Beider–Morse codes and its keys), where {@link SoundAlike} looks up the words that sound
 * like one typed, to find them as spelled in the index's name fields.
 *
 * <p>Why a lexicon beside the index cards: the sound of a word is the same in every document,
 * and writing the sounds of its names on each card made a quarter of all the terms an index
 * holds (about 900 a generated document, BENCHMARKS.md), for a word that came back in thousands
 * of cards. Here a word is sounded and written when first met. The lexicon only grows: a word no
 * card holds any longer finds nothing, so it may know more words than the index, never fewer,
 * and whoever keeps it beside an index commits it before the index, and refreshes it with the
 * index's view so that a search never meets a card whose words it lacks ({@code Shelf}).
 *
 * <p>Safe to use from many threads: cards are written on every processor at once.
 */
public final class NameLexicon implements Closeable {
  static final String WORD = "word";
  static final String CODE = "code";
  static final String KEY = "key";
  /** Words known to be filed, so a common name is not written again with every card; forgotten when this many. */
  private static final int REMEMBERED = 200_000;
  /** Words typed whose sounding spellings are remembered; forgotten when this many. */
  private static final int HEARD = 10_000;

  private final Directory directory;
  private final int remembered;
  private final Set<String> filed = ConcurrentHashMap.newKeySet();
  private final Map<String, Heard> heard = new ConcurrentHashMap<>();
  private volatile IndexWriter writer;
  private volatile SearcherManager searchers;

  private NameLexicon(Directory directory, int remembered) throws IOException {
    this.directory = directory;
    this.remembered = remembered;
    openWriter();
  }

  /** The lexicon in this directory, created when empty; the directory is closed with it, or when it fails to open. */
  public static NameLexicon open(Directory directory) throws IOException {
    try {
      return new NameLexicon(directory, REMEMBERED);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /**
   * An empty lexicon in this directory, whatever it held deleted unread (a lexicon that cannot be
   * read): its owner files it again from the cards.
   */
  public static NameLexicon openAfresh(Directory directory) throws IOException {
    try {
      for (String file : directory.listAll()) {
        directory.deleteFile(file);
      }
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
    return open(directory);
  }

  /** A lexicon in memory, for an index in memory. */
  public static NameLexicon inMemory() {
    return inMemory(REMEMBERED);
  }

  /** A lexicon in memory that remembers this many words filed before it looks them up. */
  static NameLexicon inMemory(int remembered) {
    try {
      return new NameLexicon(new ByteBuffersDirectory(), remembered);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Files the words of these names, as {@link Analysis#names()} cuts them: what a name field of a card holds. */
  public void fileNames(Collection<String> names) throws IOException {
    Set<String> words = new LinkedHashSet<>();
    for (String name : names) {
      try (TokenStream stream = Analysis.names().tokenStream("", name)) {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
          words.add(term.toString());
        }
        stream.end();
      }
    }
    fileWords(words);
  }

  /** Files words already cut as names are ("khrushchev"), those not filed yet. */
  public void fileWords(Collection<String> words) throws IOException {
    Sound sound = null;
    LexiconView lease = null;
    try {
      for (String word : words) {
        if (word.isEmpty() || filed.contains(word)) {
          continue;
        }
        // past the memory's reach, a word filed before the last refresh is found there
        lease = lease == null ? lease() : lease;
        if (!lease.holds(word)) {
          sound = sound == null ? new Sound() : sound;
          file(word, sound.terms(word));
        }
        if (filed.size() >= remembered) {
          // what the memory forgets, the view finds: brought up to date first, or a long import
          // (which refreshes nothing) would file its known words again, card after card
          searchers.maybeRefreshBlocking();
          filed.clear();
        }
        filed.add(word);
      }
    } finally {
      if (lease != null) {
        lease.close();
      }
    }
  }

  private void file(String word, List<String> terms) throws IOException {
    if (terms.isEmpty()) {
      return;
    }
    Document entry = new Document();
    entry.add(new StringField(WORD, word, Field.Store.NO));
    for (String term : terms) {
      boolean key = term.indexOf(Sound.KEY_END) >= 0;
      entry.add(new StringField(key ? KEY : CODE, key ? term : term + Sound.KEY_END + word, Field.Store.NO));
    }
    // a word filed since the last refresh may come again: its entry replaces itself
    writer.updateDocument(new Term(WORD, word), entry);
  }

  /**
   * Files every word of these fields of an index (fields analysed as names), for a lexicon lost
   * beside its index: its folder deleted, or an index copied without it.
   */
  public void fileWordsOf(IndexReader index, Collection<String> fields) throws IOException {
    List<String> words = new ArrayList<>();
    for (LeafReaderContext leaf : index.leaves()) {
      for (String field : fields) {
        org.apache.lucene.index.Terms terms = leaf.reader().terms(field);
        TermsEnum each = terms == null ? TermsEnum.EMPTY : terms.iterator();
        for (BytesRef term = each.next(); term != null; term = each.next()) {
          words.add(term.utf8ToString());
          if (words.size() == 10_000) {
            fileWords(words);
            words.clear();
          }
        }
      }
    }
    fileWords(words);
  }

  /**
   * The words filed, as far as the last {@link #refresh()}, that sound like {@code word} (a word
   * as {@link Analysis#names()} cuts it): those sharing a Beider–Morse code with it, and those
   * gathered under one of its keys that {@link SoundAlike#isAlike are spelled alike}. Remembered
   * until the lexicon's view changes: a search asks it once for each field of names.
   */
  public Set<String> soundingLike(String word) throws IOException {
    try (LexiconView lease = lease()) {
      Object view = lease.view();
      Heard known = heard.get(word);
      if (known != null && known.view() == view) {
        return known.words();
      }
      Set<String> words = new HashSet<>();
      Set<String> judged = new HashSet<>();
      for (String term : new Sound().terms(word)) {
        int end = term.indexOf(Sound.KEY_END);
        if (end < 0) {
          words.addAll(lease.filedUnder(CODE, term));
        } else {
          for (String spelling : lease.filedUnder(KEY, term.substring(0, end))) {
            if (judged.add(spelling) && SoundAlike.isAlike(word, spelling)) {
              words.add(spelling);
            }
          }
        }
      }
      Set<String> found = Set.copyOf(words);
      if (heard.size() >= HEARD) {
        heard.clear();
      }
      heard.put(word, new Heard(view, found));
      return found;
    }
  }

  /** What {@link #soundingLike} found for a word, in a view of the lexicon. */
  private record Heard(Object view, Set<String> words) {}

  private LexiconView lease() throws IOException {
    SearcherManager manager = searchers;
    try {
      return new LexiconView(manager, manager.acquire());
    } catch (AlreadyClosedException e) {
      // rolled back just now: read the reopened one
      try {
        manager = searchers;
        return new LexiconView(manager, manager.acquire());
      } catch (AlreadyClosedException again) {
        throw new IOException("the lexicon of names is being reopened after a failed change", again);
      }
    }
  }


  /** Whether no word is filed, committed or not. */
  public boolean isEmpty() {
    return writer.getDocStats().numDocs == 0;
  }

  /** Makes every word filed so far durable. */
  public void commit() throws IOException {
    writer.commit();
  }

  /** Makes every word filed so far visible to lookups. */
  public void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  /** Forgets every word (the index is being rebuilt). */
  public void clear() throws IOException {
    writer.deleteAll();
    filed.clear();
    // or a word met next would be found in the view of before, and not filed again
    searchers.maybeRefreshBlocking();
  }

  /** Merges the lexicon into one segment, as its index is: a lookup reads every segment. */
  public void consolidate() throws IOException {
    writer.forceMerge(1);
  }

  /** Goes back to the last commit, after a failed write; the words since are filed again as their cards are. */
  public void rollBack() throws IOException {
    filed.clear();
    searchers.close();
    writer.rollback();
    openWriter();
  }

  private void openWriter() throws IOException {
    IndexWriter opened = new IndexWriter(directory, new IndexWriterConfig()
        .setOpenMode(OpenMode.CREATE_OR_APPEND).setCommitOnClose(false).setRAMBufferSizeMB(16));
    try {
      searchers = new SearcherManager(opened, null);
      writer = opened;
    } catch (IOException | RuntimeException e) {
      opened.rollback();
      throw e;
    }
  }

  /** Closes, leaving out what was filed since the last {@link #commit()}: its owner commits before. */
  @Override
  public void close() throws IOException {
    try {
      searchers.close();
    } finally {
      try {
        writer.close();
      } finally {
        directory.close();
      }
    }
  }
}

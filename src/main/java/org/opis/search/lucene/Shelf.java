package org.opis.search.lucene;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.opis.problem.StorageException;
import org.opis.search.IndexEntry;
import org.opis.search.lucene.analysis.NameLexicon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder of a Lucene index with its one writer and the readers searches use. Every change
 * is committed together with the outbox position it brings the index to, in the commit's user
 * data, so what is on disk is always exactly what that position says: Lucene writes a commit
 * point last and atomically, and on opening ignores whatever was written after it. A change
 * that fails half-way is rolled back, never left to ride along with the next commit.
 */
final class Shelf implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(Shelf.class);
  static final String POSITION = "opis.position";
  /**
   * What the cards of this index hold, in the commit's user data; an index written by an Opis
   * whose cards held something else is started afresh, to be rebuilt from the outbox, since its
   * searches would miss what its cards lack. Raise it whenever {@link IndexCard} changes.
   */
  static final String LAYOUT = "opis.layout";
  static final String CURRENT_LAYOUT = "5: names by sound in a lexicon of their own";
  /** The folder, inside the index's, of the {@link NameLexicon} of the words of its names. */
  static final String LEXICON = "lexicon";
  /** How long a search may see the index as it was, while changes come in full batches. */
  static final long REFRESH_EVERY_MS = 1_000;
  /** Documents buffered in memory before they are written out: larger buffers, fewer merges. */
  private static final double BUFFER_MB = 64;

  private final Path folder;
  private final Directory directory;
  private final FieldAnalyzer analyzer;
  private final NameLexicon lexicon;
  private final Object writing = new Object();
  private final CardWriting cards = new CardWriting();
  private final Unsaved unsaved = new Unsaved(org.opis.search.Indexer.BATCH);
  private volatile IndexWriter writer;
  private volatile SearcherManager searchers;
  private volatile long position;
  // Whether something was written since the view searches use was last refreshed, and when that
  // was. The view is refreshed at once after a saved document or the end of a run, and otherwise
  // by the search that finds it a second old or more: a refresh writes out Lucene's buffers as a
  // small segment, which an import with nobody searching paid for every second, for nothing (6 %
  // of the samples of a profiled import, and more merging of those small segments afterwards).
  private volatile boolean stale;
  private volatile long refreshedAt = System.nanoTime();
  // counts the views searches have been given, by whichever thread refreshed, or a reopening
  private final AtomicLong views = new AtomicLong();

  private Shelf(Path folder, Directory directory, FieldAnalyzer analyzer, NameLexicon lexicon) {
    this.folder = folder;
    this.directory = directory;
    this.analyzer = analyzer;
    this.lexicon = lexicon;
  }

  static Shelf open(Path folder, FieldAnalyzer analyzer) {
    return open(folder, analyzer, UnaryOperator.identity());
  }

  /** As {@link #open(Path, FieldAnalyzer)}, with the folder's directory wrapped: tests make it fail. */
  static Shelf open(Path folder, FieldAnalyzer analyzer, UnaryOperator<Directory> wrapped) {
    Directory directory = null;
    IndexWriter opened = null;
    NameLexicon lexicon = null;
    try {
      Files.createDirectories(folder);
      directory = wrapped.apply(FSDirectory.open(folder));
      // the index's lock first: "in use by another Opis" is about the index
      opened = writerOf(directory, analyzer);
      lexicon = openLexicon(folder.resolve(LEXICON));
      Shelf shelf = new Shelf(folder, directory, analyzer, lexicon);
      shelf.start(opened);
      return shelf;
    } catch (LockObtainFailedException e) {
      rollBackQuietly(opened);
      closeQuietly(directory);
      throw new StorageException("the search index in " + folder + " is in use by another Opis", e);
    } catch (IOException | RuntimeException e) {
      rollBackQuietly(opened);
      closeQuietly(lexicon);
      closeQuietly(directory);
      throw new StorageException("cannot open the search index in " + folder, e);
    }
  }

  long position() {
    return position;
  }

  /** A number that changes whenever the view searches use changes ({@code SearchIndex#view}). */
  long view() {
    return views.get();
  }

  void apply(List<IndexEntry> entries, long newPosition) {
    synchronized (writing) {
      try {
        write(entries);
        stale = true;
        if (unsaved.atOnce(entries.size())) {
          // shown to searches before the position says the change is applied: a reading room
          // that waits for the position (web.IndexedChanges) must find the index showing it
          refresh();
        }
        if (unsaved.commitDue(entries.size())) {
          commit(newPosition);
        } else {
          unsaved.keep(entries, newPosition);
          position = newPosition;
        }
      } catch (IOException | RuntimeException e) {
        rollBack();
        StorageException failure = new StorageException("cannot apply " + entries.size() + " changes up to outbox"
            + " position " + newPosition + " to the search index in " + folder, e);
        writeAgainWhatCameBefore(failure);
        throw failure;
      }
    }
  }

  /** Commits, and makes visible, every change applied so far; nothing to do when there is none. */
  void settle() {
    synchronized (writing) {
      if (!unsaved.uncommitted() && !stale) {
        return;
      }
      try {
        if (unsaved.uncommitted()) {
          commit(position);
        }
      } catch (IOException | RuntimeException e) {
        rollBack();
        StorageException failure = new StorageException("cannot commit the changes up to outbox position " + position
            + " to the search index in " + folder, e);
        writeAgainWhatCameBefore(failure);
        throw failure;
      }
      refresh();
    }
  }

  // the rollback of a failed batch dropped the batches written since the last commit, which had
  // succeeded: they are written again, so that only the failed one is undone
  private void writeAgainWhatCameBefore(StorageException failure) {
    if (!unsaved.uncommitted()) {
      return;
    }
    List<IndexEntry> before = unsaved.entries();
    long at = unsaved.position();
    unsaved.forget();
    try {
      write(before);
      commit(at);
      refresh();
    } catch (IOException | RuntimeException e) {
      // the index itself fails: it goes back to its last commit, and the indexer from there
      failure.addSuppressed(e);
      rollBack();
    }
  }

  private void write(List<IndexEntry> entries) throws IOException {
    cards.write(writer, lexicon, entries);
  }

  void clear() {
    synchronized (writing) {
      try {
        writer.deleteAll();
        lexicon.clear();
        commit(0);
      } catch (IOException | RuntimeException e) {
        rollBack();
        StorageException failure = new StorageException("cannot clear the search index in " + folder, e);
        writeAgainWhatCameBefore(failure);
        throw failure;
      }
      refresh();
    }
  }

  /**
   * Merges the index into one segment. Indexing in batches leaves dozens of segments, and a
   * search repeats its per-term work in each (looking every word up in every field, rewriting
   * names by sound): at 100,000 documents, one segment instead of 38 halved the time of name
   * searches (BENCHMARKS.md).
   */
  void consolidate() {
    synchronized (writing) {
      try {
        writer.forceMerge(1);
        lexicon.consolidate();
        commit(position);
      } catch (IOException | RuntimeException e) {
        rollBack();
        StorageException failure = new StorageException("cannot merge the search index in " + folder, e);
        writeAgainWhatCameBefore(failure);
        throw failure;
      }
      refresh();
    }
  }

  /** Work done on the current view of the index; {@code doing} names it in a failure's message. */
  interface Reading<T> {
    T on(IndexSearcher searcher) throws IOException;
  }

  <T> T read(String doing, Reading<T> reading) {
    refreshIfOld(doing);
    SearcherManager manager = searchers;
    IndexSearcher searcher;
    try {
      searcher = manager.acquire();
    } catch (AlreadyClosedException e) {
      // a failed change reopened the writer just now: read from the new one
      manager = searchers;
      searcher = acquire(manager, doing);
    } catch (IOException e) {
      throw new StorageException("cannot " + doing + " in the search index in " + folder, e);
    }
    try {
      return reading.on(searcher);
    } catch (IOException e) {
      throw new StorageException("cannot " + doing + " in the search index in " + folder, e);
    } finally {
      release(manager, searcher);
    }
  }

  /**
   * Commits what is applied and closes. When that last commit fails, the writer is rolled back
   * rather than left open: its lock on the folder is released, so the next Opis opens the index at
   * its last commit and the indexer applies the rest again from the catalog's outbox.
   */
  @Override
  public void close() {
    synchronized (writing) {
      IOException failed = null;
      try {
        if (unsaved.uncommitted()) {
          commit(position);
        }
      } catch (IOException | RuntimeException e) {
        failed = e instanceof IOException io ? io : new IOException(e);
      }
      try {
        // the lexicon's lock first: another Opis takes the index's lock, then the lexicon's
        closeQuietly(lexicon);
        searchers.close();
        if (failed == null) {
          writer.close();
        } else {
          writer.rollback();
        }
      } catch (IOException | RuntimeException e) {
        if (failed == null) {
          failed = e instanceof IOException io ? io : new IOException(e);
        } else {
          failed.addSuppressed(e);
        }
      } finally {
        cards.close();
        closeQuietly(lexicon);
        closeQuietly(directory);
      }
      if (failed != null) {
        throw new StorageException("cannot close the search index in " + folder + " (its last commit, up to outbox"
            + " position " + position + ", failed: it opens at its commit before)", failed);
      }
    }
  }

  // a lexicon that cannot be read is started afresh and filed again from the cards, not the whole index rebuilt
  private static NameLexicon openLexicon(Path lexicon) throws IOException {
    try {
      return NameLexicon.open(FSDirectory.open(lexicon));
    } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException | EOFException
        | NoSuchFileException e) {
      LOG.warn("the lexicon of names in {} cannot be read ({}); filing it again from the index", lexicon, e.toString());
      return NameLexicon.openAfresh(FSDirectory.open(lexicon));
    }
  }

  private static IndexWriter writerOf(Directory directory, FieldAnalyzer analyzer) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(analyzer)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setCommitOnClose(false)
        .setRAMBufferSizeMB(BUFFER_MB);
    return new IndexWriter(directory, config);
  }

  private void openWriter() throws IOException {
    start(writerOf(directory, analyzer));
  }

  // takes up a writer just opened: its layout, its position, a view for searches
  private void start(IndexWriter opened) throws IOException {
    try {
      writer = opened;
      Map<String, String> committed = committed();
      if (committed.isEmpty()) {
        lexicon.clear();
        commit(0);
      } else if (!CURRENT_LAYOUT.equals(committed.get(LAYOUT))) {
        LOG.warn("the search index in {} was written by an earlier Opis (cards of layout {}, now {}); starting it"
            + " afresh, to be rebuilt from the catalog", folder, committed.get(LAYOUT), CURRENT_LAYOUT);
        opened.deleteAll();
        lexicon.clear();
        commit(0);
      } else {
        String value = committed.get(POSITION);
        position = value == null ? 0 : Long.parseLong(value);
        if (lexicon.isEmpty() && opened.getDocStats().numDocs > 0) {
          LOG.warn("the lexicon of names of the search index in {} is missing; filing it again", folder);
          try (DirectoryReader cards = DirectoryReader.open(opened)) {
            lexicon.fileWordsOf(cards, Fields.names());
          }
          lexicon.commit();
        }
      }
      lexicon.refresh();
      SearcherManager manager = new SearcherManager(opened, null);
      manager.addListener(new ReferenceManager.RefreshListener() {
        @Override
        public void beforeRefresh() {}

        @Override
        public void afterRefresh(boolean didRefresh) {
          if (didRefresh) {
            views.incrementAndGet();
          }
        }
      });
      searchers = manager;
      views.incrementAndGet();
    } catch (IOException | RuntimeException e) {
      opened.rollback();
      throw e;
    }
  }

  // the user data of the last commit; empty when the index has none yet
  private Map<String, String> committed() throws IOException {
    return DirectoryReader.indexExists(directory) ? SegmentInfos.readLatestCommit(directory).getUserData() : Map.of();
  }

  // the lexicon first: after a crash it may know words no card has, never lack one
  private void commit(long newPosition) throws IOException {
    lexicon.commit();
    writer.setLiveCommitData(Map.of(POSITION, Long.toString(newPosition), LAYOUT, CURRENT_LAYOUT).entrySet());
    writer.commit();
    position = newPosition;
    unsaved.committed();
  }

  private void refresh() {
    try {
      stale = false;
      lexicon.refresh();
      searchers.maybeRefreshBlocking();
      refreshedAt = System.nanoTime();
    } catch (IOException e) {
      stale = true;
      throw new StorageException("cannot refresh the view of the search index in " + folder, e);
    }
  }

  // a search's share of near-real-time: when what it would see is a second old, it brings the
  // view up to date first, unless another thread is doing so just now (its view will do)
  private void refreshIfOld(String doing) {
    if (!stale || (System.nanoTime() - refreshedAt) / 1_000_000 < REFRESH_EVERY_MS) {
      return;
    }
    stale = false;
    try {
      // cards may be written meanwhile, their words filed before them: the lexicon's view taken
      // after the cards' holds every word of the cards shown
      if (searchers.maybeRefresh()) {
        refreshedAt = System.nanoTime();
      } else {
        stale = true;
      }
      lexicon.refresh();
    } catch (AlreadyClosedException e) {
      // a failed change reopened the writer just now, with a fresh view
    } catch (IOException e) {
      stale = true;
      throw new StorageException("cannot " + doing + " in the search index in " + folder, e);
    }
  }

  // Throws away everything since the last commit, and starts again from it.
  private void rollBack() {
    try {
      searchers.close();
      writer.rollback();
      lexicon.rollBack();
      openWriter();
    } catch (IOException | RuntimeException e) {
      throw new StorageException("cannot reopen the search index in " + folder + " after a failed change", e);
    }
  }

  private IndexSearcher acquire(SearcherManager manager, String doing) {
    try {
      return manager.acquire();
    } catch (IOException | AlreadyClosedException e) {
      throw new StorageException("cannot " + doing + " in the search index in " + folder, e);
    }
  }

  private static void release(SearcherManager manager, IndexSearcher searcher) {
    try {
      manager.release(searcher);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void closeQuietly(Closeable closeable) {
    if (closeable != null) {
      try {
        closeable.close();
      } catch (IOException ignored) {
        // already failing with a better message
      }
    }
  }

  private static void rollBackQuietly(IndexWriter writer) {
    if (writer != null) {
      try {
        writer.rollback();
      } catch (IOException ignored) {
        // already failing with a better message
      }
    }
  }

  /** The words of the names of the cards, by sound. */
  NameLexicon lexicon() {
    return lexicon;
  }
}

package org.opis.wiring;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.opis.problem.StorageException;
import org.opis.search.SearchIndex;
import org.opis.search.lucene.LuceneSearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data folder's {@code index/}: the Lucene search index, which one process at a time may
 * write (Lucene's write lock), and which holds nothing the catalog does not, so an index that
 * cannot be read is started afresh and rebuilt rather than reported as a loss.
 */
final class IndexFolder {
  private static final Logger LOG = LoggerFactory.getLogger(Archive.class);
  private final Path folder;

  IndexFolder(Path folder) {
    this.folder = folder;
  }

  Path path() {
    return folder;
  }

  /**
   * The index, created when missing and started afresh when unreadable; empty when another
   * process (a server, an import) holds it.
   *
   * @throws StorageException when the folder cannot be used for another reason
   */
  Optional<SearchIndex> openUnlessHeld() {
    try {
      return Optional.of(LuceneSearchIndex.open(folder));
    } catch (RuntimeException e) {
      if (isHeld()) {
        return Optional.empty();
      }
      if (!isUnreadable(e)) {
        throw e;
      }
      LOG.warn("the search index in {} cannot be read ({}); starting it afresh, to be rebuilt from the catalog",
          folder, e.getMessage());
      if (!discard()) {
        return Optional.empty();
      }
      return Optional.of(LuceneSearchIndex.open(folder));
    }
  }

  /**
   * Whether another process, or another index in this one, holds the write lock. Asked through
   * Lucene's own lock, which knows the locks of this process: a second channel on the lock file,
   * closed, would release them.
   */
  boolean isHeld() {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Directory directory = FSDirectory.open(folder);
        Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      return false;
    } catch (LockObtainFailedException e) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  // what a damaged or foreign index fails with, as opposed to a folder Opis may not write
  private static boolean isUnreadable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CorruptIndexException || t instanceof IndexFormatTooOldException
          || t instanceof IndexFormatTooNewException || t instanceof EOFException
          || t instanceof NoSuchFileException || t instanceof FileNotFoundException) {
        return true;
      }
    }
    return false;
  }

  private static void deleteWhole(Path folder) throws IOException {
    try (java.util.stream.Stream<Path> inside = Files.walk(folder)) {
      for (Path p : inside.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Deletes the index's files while holding its lock; false when another process took it first. */
  private boolean discard() {
    try (Directory directory = FSDirectory.open(folder);
        Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME);
        DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path file : files) {
        // the lock file goes too when it was written over: Lucene refuses a lock file with content
        if (Files.isDirectory(file)) {
          deleteWhole(file); // the lexicon of names, as unreadable as the rest, or unreadable itself
        } else if (!file.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME) || Files.size(file) > 0) {
          Files.delete(file);
        }
      }
      return true;
    } catch (LockObtainFailedException e) {
      return false;
    } catch (IOException e) {
      throw new StorageException(
          "could not delete the unreadable search index in " + folder + ": " + e.getMessage(), e);
    }
  }
}

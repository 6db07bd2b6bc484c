package org.opis.search.lucene;

import java.util.ArrayList;
import java.util.List;
import org.opis.search.IndexEntry;

/**
 * What the shelf has written since its last commit, and when to commit next. A commit after
 * every batch of a large import made Lucene flush a small segment and wait for the disk each
 * time, then merge those segments again and again; so a run of full batches is committed every
 * {@value #COMMIT_EVERY_MS} ms, and anything smaller than a full batch (a saved document, the end
 * of a run) at once. The entries are kept until they are committed, so that a batch that fails
 * can be rolled back alone: Lucene's rollback drops everything since the last commit, and what
 * came before the failing batch is written again.
 */
final class Unsaved {
  static final long COMMIT_EVERY_MS = 5_000;
  /**
   * Beyond this many entries kept, a commit is due whatever the time: they are held in memory,
   * some 7 KB a document, and a server may have a heap of 512 MB.
   */
  private static final int MOST = 5_000;

  private final int fullBatch;
  private final List<IndexEntry> entries = new ArrayList<>();
  private long position;
  private long committedAt = System.nanoTime();

  Unsaved(int fullBatch) {
    this.fullBatch = fullBatch;
  }

  /** Whether a batch of this size, just written, should be committed now (with everything before it). */
  boolean commitDue(int batch) {
    return atOnce(batch) || entries.size() + batch >= MOST || since(committedAt) >= COMMIT_EVERY_MS;
  }

  /**
   * Whether a batch of this size is made durable and visible as soon as it is written: anything
   * smaller than a full batch (a saved document, the end of a run).
   */
  boolean atOnce(int batch) {
    return batch < fullBatch;
  }

  /** A batch written and not committed, which brings the index to {@code at}. */
  void keep(List<IndexEntry> batch, long at) {
    entries.addAll(batch);
    position = at;
  }

  void committed() {
    entries.clear();
    committedAt = System.nanoTime();
  }

  boolean uncommitted() {
    return !entries.isEmpty();
  }

  List<IndexEntry> entries() {
    return List.copyOf(entries);
  }

  /** The position the uncommitted entries bring the index to. */
  long position() {
    return position;
  }

  void forget() {
    entries.clear();
  }

  private static long since(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }
}

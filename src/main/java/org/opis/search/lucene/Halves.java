package org.opis.search.lucene;

import java.io.IOException;
import java.util.concurrent.ForkJoinTask;

/**
 * Counting the matches of a large segment in two halves at once: a search's counting reads every
 * match, and on a quiet machine a second core halves the wait for it. The half handed over is
 * taken back and done by the searching thread itself when no core is free to take it, so a busy
 * server does the same work as before, in the same time.
 *
 * <p>The halves meet at a multiple of 64 documents, so each writes its own words of a shared bit
 * set and never one the other writes.
 */
final class Halves {
  /** Segments smaller than this are counted in one go: splitting them costs more than it saves. */
  static final int SPLIT_FROM = 1 << 16;

  /** Work on the documents from {@code from} (inclusive) up to {@code to} (exclusive). */
  interface Part {
    void run(int from, int to) throws IOException;
  }

  private Halves() {}

  /** Whether a segment of {@code maxDoc} documents is worked on in halves. */
  static boolean splits(int maxDoc) {
    return maxDoc >= SPLIT_FROM && Runtime.getRuntime().availableProcessors() > 1;
  }

  /** Runs {@code part} over the documents of a segment of {@code maxDoc}, in halves when that pays. */
  static void run(int maxDoc, Part part) throws IOException {
    int middle = (maxDoc / 2) & ~63;
    if (!splits(maxDoc)) {
      part.run(0, maxDoc);
      return;
    }
    IOException[] failed = new IOException[1];
    ForkJoinTask<?> second = ForkJoinTask.adapt(() -> {
      try {
        part.run(middle, maxDoc);
      } catch (IOException e) {
        failed[0] = e;
      }
    }).fork();
    try {
      part.run(0, middle);
    } finally {
      // the other half reads the same segment: it ends before the caller may close anything
      second.quietlyJoin();
    }
    // joined: what the other half did, and how it failed, is seen here
    second.join();
    if (failed[0] != null) {
      throw failed[0];
    }
  }
}

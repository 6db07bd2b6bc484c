package org.opis.web;

import io.javalin.http.Context;
import java.util.Set;
import org.opis.catalog.Catalog;
import org.opis.search.SearchIndex;

/**
 * A change made through the reading room is answered once the search index holds it, or after
 * {@link #LONGEST_MS} at most. The index follows the catalog a moment behind; without the wait,
 * a document an editor had just restricted was still found by the public's searches, title and
 * passages included, for a fraction of a second after the editor was told it was done, and a
 * script that saved and then searched did not find what it saved.
 */
final class IndexedChanges {
  /** The longest a change waits for the index: an index rebuilding a large archive is far behind. */
  static final long LONGEST_MS = 5_000;
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
  private static final String IN_STEP = "opis.index-in-step";

  private IndexedChanges() {}

  /**
   * A before-handler: notes whether the index holds every change of the catalog before this
   * request changes anything. One far behind (rebuilding, or catching up after a restart) is not
   * waited for: the change could not be found sooner by waiting a few seconds.
   */
  static void note(Context ctx, Catalog catalog, SearchIndex index) {
    if (READS.contains(ctx.method().name())) {
      return;
    }
    try {
      if (index.position() >= catalog.position()) {
        ctx.attribute(IN_STEP, Boolean.TRUE);
      }
    } catch (RuntimeException e) {
      // nothing to wait for afterwards
    }
  }

  /** An after-handler: waits until the index has applied every change the catalog has now. */
  static void await(Context ctx, Catalog catalog, SearchIndex index) {
    if (ctx.attribute(IN_STEP) == null || ctx.statusCode() >= 400) {
      return;
    }
    try {
      long target = catalog.position();
      long deadline = System.nanoTime() + LONGEST_MS * 1_000_000L;
      while (index.position() < target && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      if (index.position() >= target) {
        // applied is not yet seen when the change came in a full batch (a large import), which
        // the index shows searches only at its next refresh: settling shows it now, and costs
        // nothing when a small batch was shown already
        index.settle();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      // a catalog or index that cannot say where it is: the change is made, and is answered so
    }
  }
}

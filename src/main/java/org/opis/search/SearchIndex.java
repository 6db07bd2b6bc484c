package org.opis.search;

import java.util.List;
import java.util.function.BiConsumer;
import org.opis.catalog.Viewer;
import org.opis.record.DocumentId;

/**
 * A full-text index of the catalog's documents. Implementations are safe for many readers and
 * one writer at a time (the {@link Indexer}).
 */
public interface SearchIndex extends AutoCloseable {

  /**
   * The outbox position of the last change applied; 0 for an empty index. What was applied is
   * durable once {@link #settle settled}: after a crash the index reopens at the position of the
   * last change made durable, and what followed it is applied again.
   */
  long position();

  /**
   * A number that changes whenever what searches see changes: changes applied becoming visible,
   * the index cleared or rolled back. Anything made from searches (a page kept for readers) holds
   * only while it and {@link #position()} stay the same; the position alone moves when a change
   * is applied, which may be before searches see it.
   */
  long view();

  /**
   * Adds, replaces or removes documents and records {@code position} with them, atomically:
   * after a crash the index holds either all of this call or none of it, and a call that fails
   * leaves the index as it was before it. Applying an entry twice gives the same index as
   * applying it once. A call of a few entries is durable and visible to searches when it
   * returns; the calls of a large run (the indexer's full batches) within a second, and durable
   * within seconds, or at once when {@link #settle settled}.
   */
  void apply(List<IndexEntry> entries, long position);

  /**
   * Makes every change applied so far durable and visible to searches; the indexer calls it
   * when it has caught up with the catalog. Does nothing when there is nothing to settle.
   */
  void settle();

  /** Removes every document and sets the position back to 0, for a rebuild. */
  void clear();

  /**
   * Reorganises what the index holds for searching, after a rebuild or a large import has
   * written it in many small parts; what it holds and its position stay as they are. May take
   * minutes on a large index, and briefly needs room for a second copy.
   */
  void consolidate();

  /**
   * The documents matching a query that the viewer may see, one page of them, with facet counts
   * and a year histogram over all of them. Never throws for anything a person can type: what
   * cannot be searched as typed is explained in {@link SearchResult#notices()}.
   */
  SearchResult search(SearchQuery query, Viewer viewer);

  /**
   * Documents like this one in their text, people and places, most alike first, never the
   * document itself; empty when the document is not indexed or not visible.
   */
  List<Hit> related(DocumentId id, Viewer viewer, int count);

  /**
   * Other documents kept in the same archival file (the same repository, fond, opis and delo;
   * or record group, box and file; or department, series and piece), in date order.
   */
  List<Hit> sameFile(DocumentId id, Viewer viewer, int count);

  /** Calls {@code each} with the identifier and revision of every indexed document. */
  void forEachIndexed(BiConsumer<DocumentId, Integer> each);

  /** Releases files and threads. */
  @Override
  void close();
}

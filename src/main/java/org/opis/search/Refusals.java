package org.opis.search;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applying entries to an index so that one document the index refuses (a text that trips a
 * limit of the engine) cannot stop it from following the catalog for good. When a call fails,
 * an empty change tells whether the index itself is failing (a full disk, a closed writer: the
 * failure stands, and the batch is tried again later) or the index works and some entries are
 * refused: those documents are then left out of the index, each logged, until they change again.
 */
final class Refusals {
  private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);

  private Refusals() {}

  /**
   * Applies {@code entries} and records {@code position}, leaving out the entries the index
   * refuses; {@code before} is the position the index holds now.
   *
   * @throws RuntimeException what the index threw, when it fails whatever it is given
   */
  static void apply(SearchIndex index, List<IndexEntry> entries, long position, long before) {
    try {
      index.apply(entries, position);
      return;
    } catch (RuntimeException failure) {
      if (entries.isEmpty() || !works(index, before, failure)) {
        throw failure;
      }
    }
    List<IndexEntry> refused = new ArrayList<>();
    for (IndexEntry entry : entries) {
      try {
        index.apply(List.of(entry), before);
      } catch (RuntimeException e) {
        LOG.error("the search index refuses document {}; it stays out of the index until it changes again",
            entry.id(), e);
        refused.add(IndexEntry.remove(entry.id()));
      }
    }
    // what the index held of a refused document is older than the catalog: better nothing
    try {
      index.apply(refused, position);
    } catch (RuntimeException e) {
      index.apply(List.of(), position);
    }
  }

  private static boolean works(SearchIndex index, long before, RuntimeException failure) {
    try {
      index.apply(List.of(), before);
      return true;
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
      return false;
    }
  }
}

package org.opis.search;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applying entries to an index so that one document the index refuses (a text that trips a
 * limit of the engine) cannot stop it from following the catalog for good. When a call fails,
 * an empty change tells whether the index itself is failing (a full disk, a closed writer: the
 * failure stands, and the batch is tried again later); if the index works, the entries are
 * applied one by one, and those it refuses are left out and logged, until they change again.
 * When it refuses every entry, the index is taken to be failing after all (an analyzer gone
 * wrong refuses every document): nothing is left out, and the failure stands. A document
 * refused alone in its batch is therefore left out with the next change that reaches the index.
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
    RuntimeException failure;
    try {
      index.apply(entries, position);
      return;
    } catch (RuntimeException e) {
      failure = e;
    }
    if (entries.isEmpty() || !works(index, before, failure)) {
      throw failure;
    }
    List<IndexEntry> refused = new ArrayList<>();
    List<RuntimeException> why = new ArrayList<>();
    for (IndexEntry entry : entries) {
      try {
        index.apply(List.of(entry), before);
      } catch (RuntimeException e) {
        refused.add(IndexEntry.remove(entry.id()));
        why.add(e);
      }
    }
    if (refused.size() == entries.size()) {
      throw failure;
    }
    for (int i = 0; i < refused.size(); i++) {
      LOG.error("the search index refuses document {}; it stays out of the index until it changes again",
          refused.get(i).id(), why.get(i));
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

package org.opis.bench;

import org.opis.catalog.Viewer;
import org.opis.search.SearchIndex;

/**
 * Opis's own search, measured through its port as the reading room uses it: each query asked for
 * the first page of 20 results with their snippets, exact total, facet counts and year histogram,
 * as the public sees them.
 */
public final class OpisEngine implements Engine {
  /** The name in reports. */
  public static final String NAME = "Opis";
  private final SearchIndex index;
  private final Viewer viewer;
  private final Built built;

  /** Opis's index, built as {@code built} says, as {@code viewer} searches it; its archive closes it. */
  public OpisEngine(SearchIndex index, Viewer viewer, Built built) {
    this.index = index;
    this.viewer = viewer;
    this.built = built;
  }

  /** How the building went. */
  public Built built() {
    return built;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public long search(BenchQuery query) {
    return index.search(query.toSearchQuery(), viewer).total();
  }

  @Override
  public void close() {
    // the index is the archive's, closed with it
  }
}

package org.opis.search;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every search index must do, as tests: each engine's test extends this class and says how
 * to open an index on fresh storage and on the same storage again. The behaviours are grouped in
 * the contract interfaces it implements: keeping the index, querying, facets and dates,
 * visibility, and neighbouring documents.
 */
public abstract class SearchIndexContract
    implements IndexingContract, QueryingContract, FacetingContract, VisibilityContract, NeighbourContract {
  private SearchIndex index;

  /** Prepares empty storage for one test. */
  protected abstract void createStorage() throws Exception;

  /** Opens an index on the storage prepared for this test. */
  protected abstract SearchIndex open();

  @BeforeEach
  final void openIndex() throws Exception {
    createStorage();
    index = open();
  }

  @AfterEach
  final void closeIndex() {
    index.close();
  }

  @Override
  public final SearchIndex index() {
    return index;
  }

  @Override
  public final void reopen() {
    index.close();
    index = open();
  }
}

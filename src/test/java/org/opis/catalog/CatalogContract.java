package org.opis.catalog;

import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every catalog adapter must do, as tests: each adapter's test extends this class and says
 * how to open a fresh catalog. The behaviours are grouped in the contract interfaces it
 * implements: saving and history, names and collections, reading, lists of one record's documents, and what
 * derived stores read.
 */
public abstract class CatalogContract
    implements SavingContract, NameContract, ReadingContract, DerivedStoreContract, HarvestContract,
        StampsContract, ShelvesContract, RestoringContract {
  private TestClock clock;
  private Catalog catalog;

  /** Prepares empty storage for one test. */
  protected abstract void createStorage() throws Exception;

  /** Opens a catalog on the storage prepared for this test. */
  protected abstract Catalog open(Clock clock);

  @BeforeEach
  final void openCatalog() throws Exception {
    clock = new TestClock(Instant.parse("2026-03-01T09:00:00Z"));
    createStorage();
    catalog = open(clock);
  }

  @AfterEach
  final void closeCatalog() {
    catalog.close();
  }

  @Override
  public final Catalog catalog() {
    return catalog;
  }

  @Override
  public final TestClock clock() {
    return clock;
  }

  @Override
  public final void reopen() {
    catalog.close();
    catalog = open(clock);
  }
}

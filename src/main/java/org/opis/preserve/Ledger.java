package org.opis.preserve;

/**
 * How far the preservation store has followed the catalog: the outbox position of the last
 * change whose revision it keeps. Kept beside the catalog, so that it travels with it in a
 * backup, and only ever moved forward.
 */
public interface Ledger {

  /** The position of the last change preserved; 0 when none was. */
  long preserved();

  /**
   * Records that every change up to {@code position} is preserved; a position lower than the
   * one recorded changes nothing.
   *
   * @throws org.opis.problem.StorageException when it cannot be recorded
   */
  void preservedUpTo(long position);
}

package org.opis.bench;

/**
 * A search engine under measurement: Opis's own index, or the bare Lucene baseline. Safe for
 * several threads searching at once.
 */
public interface Engine extends AutoCloseable {
  /** How the report names it. */
  String name();

  /**
   * Asks the query for its first page of results, as a reader would, and returns how many
   * documents matched: exactly for Opis, at least that many for the baseline, which stops
   * counting past a thousand as Lucene does by default.
   */
  long search(BenchQuery query);

  @Override
  void close();
}

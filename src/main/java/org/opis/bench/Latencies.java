package org.opis.bench;

import java.util.Arrays;

/**
 * The times a set of queries took, one each, from which the report's percentiles come.
 * Percentiles are by nearest rank: the 99th of 480 times is the 476th fastest, a time that was
 * really measured.
 */
final class Latencies {
  private long[] nanos = new long[64];
  private int size;

  void add(long took) {
    if (size == nanos.length) {
      nanos = Arrays.copyOf(nanos, size * 2);
    }
    nanos[size++] = took;
  }

  void addAll(Latencies other) {
    for (int i = 0; i < other.size; i++) {
      add(other.nanos[i]);
    }
  }

  int count() {
    return size;
  }

  /** The time below or at which a fraction {@code p} (0 to 1) of the queries finished, in milliseconds. */
  double percentile(double p) {
    if (size == 0) {
      return 0;
    }
    long[] sorted = Arrays.copyOf(nanos, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p * size);
    return sorted[Math.max(0, Math.min(size, rank) - 1)] / 1e6;
  }

  /** Queries per second one thread answers back to back: the count over the sum of the times. */
  double perSecond() {
    long total = 0;
    for (int i = 0; i < size; i++) {
      total += nanos[i];
    }
    return total == 0 ? 0 : size / (total / 1e9);
  }
}

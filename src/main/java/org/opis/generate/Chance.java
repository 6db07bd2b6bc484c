package org.opis.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;

/**
 * The random choices made while writing one synthetic document. Each document has its own
 * source, seeded from the corpus seed and the document's number alone, so document 17 is the
 * same in a corpus of 20 documents and in one of a million, and documents can be written in any
 * order or in parallel.
 */
final class Chance {
  private final SplittableRandom random;

  private Chance(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** The choices for document {@code number} of the corpus with {@code seed}. */
  static Chance forDocument(long seed, int number) {
    // SplitMix64's finaliser, so that neighbouring seeds and numbers give unrelated streams
    long z = seed * 0x9E3779B97F4A7C15L + number;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return new Chance(z ^ (z >>> 31));
  }

  /** True with probability {@code p}. */
  boolean of(double p) {
    return random.nextDouble() < p;
  }

  /** A number from 0 to 1, 1 excluded. */
  double fraction() {
    return random.nextDouble();
  }

  /** A whole number from 0 to {@code bound}, {@code bound} excluded. */
  int below(int bound) {
    return random.nextInt(bound);
  }

  /** A whole number from {@code low} to {@code high}, both included. */
  int between(int low, int high) {
    return low + random.nextInt(high - low + 1);
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** One of {@code items}, each as likely as its weight. */
  <T> T weighted(List<T> items, ToIntFunction<T> weight) {
    int total = 0;
    for (T item : items) {
      total += weight.applyAsInt(item);
    }
    int ticket = random.nextInt(total);
    for (T item : items) {
      ticket -= weight.applyAsInt(item);
      if (ticket < 0) {
        return item;
      }
    }
    throw new IllegalStateException("weights changed while choosing");
  }

  /** Up to {@code count} different items of {@code items}, in random order. */
  <T> List<T> some(List<T> items, int count) {
    int size = items.size();
    List<T> chosen = new ArrayList<>(Math.min(count, size));
    if (count * 2 <= size) {
      // few out of many: draw again on a repeat rather than copy the list
      while (chosen.size() < count) {
        T item = items.get(random.nextInt(size));
        if (!chosen.contains(item)) {
          chosen.add(item);
        }
      }
      return chosen;
    }
    List<T> left = new ArrayList<>(items);
    while (chosen.size() < count && !left.isEmpty()) {
      chosen.add(left.remove(random.nextInt(left.size())));
    }
    return chosen;
  }
}

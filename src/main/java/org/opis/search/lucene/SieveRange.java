package org.opis.search.lucene;

import org.apache.lucene.util.FixedBitSet;

/**
 * Word-by-word operations on the part of a bit set from one document up to another, where the
 * first is a multiple of 64 and the last one too or the set's end ({@link Sieve}'s ranges): they
 * touch no word of another range, which another thread may be writing.
 */
final class SieveRange {
  private SieveRange() {}

  static long count(FixedBitSet bits, int from, int to) {
    long[] words = bits.getBits();
    long count = 0;
    for (int w = from >> 6, end = FixedBitSet.bits2words(to); w < end; w++) {
      count += Long.bitCount(words[w]);
    }
    return count;
  }

  /** A new set of the same length holding the bits of {@code bits} in the range, and no others. */
  static FixedBitSet copy(FixedBitSet bits, int from, int to) {
    FixedBitSet copy = new FixedBitSet(bits.length());
    System.arraycopy(bits.getBits(), from >> 6, copy.getBits(), from >> 6, FixedBitSet.bits2words(to) - (from >> 6));
    return copy;
  }

  static void and(FixedBitSet bits, FixedBitSet other, int from, int to) {
    long[] words = bits.getBits();
    long[] others = other.getBits();
    for (int w = from >> 6, end = FixedBitSet.bits2words(to); w < end; w++) {
      words[w] &= others[w];
    }
  }

  static void andNot(FixedBitSet bits, FixedBitSet other, int from, int to) {
    long[] words = bits.getBits();
    long[] others = other.getBits();
    for (int w = from >> 6, end = FixedBitSet.bits2words(to); w < end; w++) {
      words[w] &= ~others[w];
    }
  }

  static void or(FixedBitSet bits, FixedBitSet other, int from, int to) {
    long[] words = bits.getBits();
    long[] others = other.getBits();
    for (int w = from >> 6, end = FixedBitSet.bits2words(to); w < end; w++) {
      words[w] |= others[w];
    }
  }
}

package org.opis.search.lucene;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.FixedBitSet;

/** A {@link Sieve} of documents any one of its parts matches. */
record EitherSieve(List<Sieve> parts) implements Sieve {
  EitherSieve {
    parts = List.copyOf(parts);
  }

  @Override
  public long cost(LeafReaderContext leaf) throws IOException {
    long sum = 0;
    for (Sieve part : parts) {
      sum += part.cost(leaf);
    }
    return sum;
  }

  @Override
  public void sift(LeafReaderContext leaf, FixedBitSet bits, int from, int to) throws IOException {
    for (Sieve part : parts) {
      part.sift(leaf, bits, from, to);
    }
  }

  @Override
  public void keep(LeafReaderContext leaf, FixedBitSet bits, int from, int to) throws IOException {
    // each part checks only the documents no part before it matched
    FixedBitSet unmatched = SieveRange.copy(bits, from, to);
    for (Sieve part : parts) {
      if (SieveRange.count(unmatched, from, to) == 0) {
        break;
      }
      FixedBitSet matched = SieveRange.copy(unmatched, from, to);
      part.keep(leaf, matched, from, to);
      SieveRange.andNot(unmatched, matched, from, to);
    }
    SieveRange.andNot(bits, unmatched, from, to);
  }
}

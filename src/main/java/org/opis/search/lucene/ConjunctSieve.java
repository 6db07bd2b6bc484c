package org.opis.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.FixedBitSet;

/**
 * A {@link Sieve} of documents every one of its parts matches and none of its exclusions: the
 * rarest part is sifted, and each other part, rarest first, keeps what it matches of that.
 */
record ConjunctSieve(List<Sieve> parts, List<Sieve> excluded) implements Sieve {
  ConjunctSieve {
    parts = List.copyOf(parts);
    excluded = List.copyOf(excluded);
  }

  @Override
  public long cost(LeafReaderContext leaf) throws IOException {
    long least = Long.MAX_VALUE;
    for (Sieve part : parts) {
      least = Math.min(least, part.cost(leaf));
    }
    return least;
  }

  @Override
  public void sift(LeafReaderContext leaf, FixedBitSet bits, int from, int to) throws IOException {
    List<Sieve> rarestFirst = rarestFirst(leaf);
    FixedBitSet matched = new FixedBitSet(bits.length());
    rarestFirst.get(0).sift(leaf, matched, from, to);
    narrow(leaf, rarestFirst.subList(1, rarestFirst.size()), matched, from, to);
    SieveRange.or(bits, matched, from, to);
  }

  @Override
  public void keep(LeafReaderContext leaf, FixedBitSet bits, int from, int to) throws IOException {
    narrow(leaf, rarestFirst(leaf), bits, from, to);
  }

  private void narrow(LeafReaderContext leaf, List<Sieve> each, FixedBitSet bits, int from, int to)
      throws IOException {
    for (Sieve part : each) {
      if (SieveRange.count(bits, from, to) == 0) {
        return;
      }
      part.keep(leaf, bits, from, to);
    }
    for (Sieve exclusion : excluded) {
      FixedBitSet excludedHere = SieveRange.copy(bits, from, to);
      exclusion.keep(leaf, excludedHere, from, to);
      SieveRange.andNot(bits, excludedHere, from, to);
    }
  }

  private List<Sieve> rarestFirst(LeafReaderContext leaf) throws IOException {
    record Costed(Sieve sieve, long cost) {}
    List<Costed> costed = new ArrayList<>();
    for (Sieve part : parts) {
      costed.add(new Costed(part, part.cost(leaf)));
    }
    return costed.stream().sorted(Comparator.comparingLong(Costed::cost)).map(Costed::sieve).toList();
  }
}

package org.opis.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LatenciesTest {
  @Test
  void percentilesAreTimesReallyMeasuredByNearestRank() {
    Latencies l = new Latencies();
    for (int ms = 100; ms >= 1; ms--) {
      l.add(ms * 1_000_000L);
    }
    assertThat(l.percentile(0.50)).isEqualTo(50.0);
    assertThat(l.percentile(0.99)).isEqualTo(99.0);
    assertThat(l.percentile(1.0)).isEqualTo(100.0);
    // 100 queries taking 5,050 ms in all: about 19.8 a second
    assertThat(l.perSecond()).isCloseTo(100 / 5.05, within(1e-9));
  }

  @Test
  void noTimesGiveZeroes() {
    Latencies l = new Latencies();
    assertThat(l.percentile(0.99)).isZero();
    assertThat(l.perSecond()).isZero();
  }
}

package org.opis.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a soak sums up from its stretches: the warm-up left out, every pause of the server's own counted. */
class SoakResultTest {
  private static GcLog.Pause young(double millis) {
    return new GcLog.Pause(1, "Young (Normal) (G1 Evacuation Pause)", 100L << 20, 512L << 20, millis);
  }

  private static Stretch stretch(int n, double seconds, int answered, Optional<Long> live, GcLog.Pause... pauses) {
    return new Stretch(n, seconds, answered, n == 2 ? 1 : 0, 5, 50, live, Optional.empty(), List.of(pauses), Map.of(),
        List.of());
  }

  @Test
  void sumsTheStretchesAfterTheWarmUp() {
    Soak.Result r = new Soak.Result(List.of(
        stretch(0, 10, 100, Optional.of(150L << 20), young(1000)),
        stretch(1, 20, 2000, Optional.empty(), young(300), young(100)),
        stretch(2, 30, 4000, Optional.of(230L << 20), young(600))), List.of(), 4, 60);

    assertThat(r.counted()).extracting(Stretch::number).containsExactly(1, 2);
    assertThat(r.answered()).isEqualTo(6000);
    assertThat(r.failed()).isEqualTo(1);
    assertThat(r.perSecond()).isCloseTo(120, within(1e-9));
    assertThat(r.gcShare()).as("a second of pauses in fifty").isCloseTo(0.02, within(1e-9));
    assertThat(r.pauses()).hasSize(3);
    assertThat(r.liveHeapAfterWarmUp()).contains(150L << 20);
    assertThat(r.liveHeapAtEnd()).contains(230L << 20);
  }

  @Test
  void aSoakOfAWarmUpAloneHasNoFigures() {
    Soak.Result r = new Soak.Result(List.of(stretch(0, 10, 100, Optional.empty(), young(5))), List.of(), 0, 0);
    assertThat(r.answered()).isZero();
    assertThat(r.perSecond()).isZero();
    assertThat(r.gcShare()).isZero();
    assertThat(r.pauses()).isEmpty();
  }
}

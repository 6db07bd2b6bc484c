package org.opis.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StageTest {
  private static final long S = 1_000_000_000L;

  private static Stage.Sample at(double seconds, long done) {
    return new Stage.Sample((long) (seconds * S), done);
  }

  @Test
  void timesTheFirstTenthFromTheFirstLineAndTheLastTenthToTheEnd() {
    // 1,000 units from 10 s to 30 s; lines every 50 units, fast at first and slower at the end
    Stage stage = new Stage("indexing", "changes", 1_000, 10 * S, 30 * S,
        List.of(at(12, 50), at(12.5, 100), at(13, 150), at(14, 200), at(20, 600), at(27, 900), at(28.5, 950)),
        Map.of());

    assertThat(stage.seconds()).isEqualTo(20.0);
    assertThat(stage.perSecond()).isEqualTo(50.0);
    // from 50 at 12 s to the first line 100 further, 150 at 13 s
    assertThat(stage.startRate()).isCloseTo(100.0, within(1e-9));
    // from the last line at or below 900, at 27 s, to 1,000 at the end, 30 s
    assertThat(stage.endRate()).isCloseTo(100.0 / 3, within(1e-9));
    assertThat(stage.endOverStart()).isCloseTo(1.0 / 3, within(1e-9));
  }

  @Test
  void timesTheFirstTenthFromTheStartWhenTheFirstLineIsPastIt() {
    // a small import: the bar first drew at 500 of 528
    Stage stage = new Stage("indexing", "changes", 528, 0, 4 * S, List.of(at(2, 500), at(3, 528)), Map.of());

    assertThat(stage.startRate()).isCloseTo(250.0, within(1e-9));
    // to the line that counted the last unit, at 3 s; the second after it is the tail
    assertThat(stage.endRate()).isCloseTo(176.0, within(1e-9));
    assertThat(stage.tailSeconds()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void leavesTheTailAfterTheLastUnitOutOfTheEndRate() {
    // 1,000 units at 100 a second, then 20 s of final commit and merge
    Stage stage = new Stage("indexing", "changes", 1_000, 0, 30 * S,
        List.of(at(1, 100), at(2, 200), at(9, 900), at(10, 1_000), at(12, 1_000)), Map.of());

    assertThat(stage.startRate()).isCloseTo(100.0, within(1e-9));
    assertThat(stage.endRate()).isCloseTo(100.0, within(1e-9));
    assertThat(stage.endOverStart()).isCloseTo(1.0, within(1e-9));
    assertThat(stage.tailSeconds()).isCloseTo(20.0, within(1e-9));
    assertThat(stage.seconds()).isEqualTo(30.0);
  }

  @Test
  void timesAStageThatDrewNothingAsAWhole() {
    Stage stage = new Stage("preserving", "changes", 0, 5 * S, 6 * S, List.of(), Map.of());

    assertThat(stage.perSecond()).isZero();
    assertThat(stage.startRate()).isZero();
    assertThat(new Stage("preserving", "changes", 10, 5 * S, 5 * S, List.of(), Map.of()).endRate()).isNaN();
  }
}

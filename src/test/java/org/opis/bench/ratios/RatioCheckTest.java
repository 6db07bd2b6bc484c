package org.opis.bench.ratios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opis.bench.ratios.RatioCheck.Outcome;
import org.opis.bench.ratios.RatioCheck.Verdict;

class RatioCheckTest {
  private static Ratio startup(double value) {
    return new Ratio("startup", "first page", value, Ratio.Better.LOWER);
  }

  private static Ratio pages(double value) {
    return new Ratio("pages", "document pages req/s", value, Ratio.Better.HIGHER);
  }

  private static Verdict one(Ratio recorded, Ratio now) {
    List<Verdict> v = RatioCheck.compare(List.of(recorded), List.of(now), RatioCheck.TOLERANCE);
    assertThat(v).hasSize(1);
    return v.get(0);
  }

  @Test
  void aLowerIsBetterRatioFailsOnlyBeyondThreeTimesTheRecordedOne() {
    assertThat(one(startup(2), startup(6)).outcome()).isEqualTo(Outcome.KEPT);
    assertThat(one(startup(0.3), startup(0.9)).outcome()).as("exactly three times, in binary a hair over")
        .isEqualTo(Outcome.KEPT);
    assertThat(one(startup(2), startup(6.01)).outcome()).isEqualTo(Outcome.REGRESSED);
    assertThat(one(startup(2), startup(0.1)).outcome()).isEqualTo(Outcome.KEPT);
  }

  @Test
  void aHigherIsBetterRatioFailsOnlyBelowAThirdOfTheRecordedOne() {
    assertThat(one(pages(0.3), pages(0.1)).outcome()).isEqualTo(Outcome.KEPT);
    assertThat(one(pages(0.3), pages(0.0999)).outcome()).isEqualTo(Outcome.REGRESSED);
    assertThat(one(pages(0.3), pages(0)).outcome()).isEqualTo(Outcome.REGRESSED);
    assertThat(one(pages(0.3), pages(5)).outcome()).isEqualTo(Outcome.KEPT);
  }

  @Test
  void saysHowMuchWorseOrBetterInTheWordsOfTheFigure() {
    assertThat(one(pages(0.2791), pages(0.05)).line()).isEqualTo(
        "REGRESSED: pages, document pages req/s: 0.05 now, 0.2791 recorded: 5.58x worse, more than 3x (higher is better)");
    assertThat(one(startup(6), startup(3)).line()).isEqualTo(
        "ok: startup, first page: 3 now, 6 recorded (2x better; fails beyond 3x worse, lower is better)");
    assertThat(one(pages(0.3), pages(0)).brief())
        .isEqualTo("pages, document pages req/s: 0 now, 0.3 recorded, infinitely worse");
  }

  @Test
  void aToleranceOfTwoFailsSooner() {
    List<Verdict> v = RatioCheck.compare(List.of(startup(2)), List.of(startup(4.5)), 2);
    assertThat(v.get(0).outcome()).isEqualTo(Outcome.REGRESSED);
    assertThat(v.get(0).line()).endsWith("2.25x worse, more than 2x (lower is better)");
  }

  @Test
  void figuresOnOneSideOnlyAreReportedAndNotFailed() {
    Ratio p99 = new Ratio("memory", "p99", 1.3, Ratio.Better.LOWER);
    List<Verdict> v = RatioCheck.compare(List.of(startup(2), pages(0.3)), List.of(pages(0.25), p99), 3);

    assertThat(v).extracting(Verdict::outcome).containsExactly(Outcome.MISSING, Outcome.KEPT, Outcome.NEW);
    assertThat(v).noneMatch(Verdict::failed);
    assertThat(v.get(0).line()).isEqualTo("missing: startup, first page: recorded 2, not measured in this run (not failed)");
    assertThat(v.get(2).line()).isEqualTo("new: memory, p99: 1.3 now, not recorded (not failed)");
  }

  @Test
  void aFigureWhoseBetterTurnedIsToBeRecordedAgain() {
    Verdict v = one(startup(2), new Ratio("startup", "first page", 9, Ratio.Better.HIGHER));
    assertThat(v.outcome()).isEqualTo(Outcome.CHANGED);
    assertThat(v.failed()).isFalse();
    assertThat(v.line()).isEqualTo(
        "changed: startup, first page: recorded with lower better, now with higher better; record it again (not failed)");
  }

  @Test
  void refusesAToleranceBelowOne() {
    assertThatThrownBy(() -> RatioCheck.compare(List.of(), List.of(), 0.5))
        .hasMessage("a tolerance of 0.5: give a factor of 1 or more");
  }

  @Test
  void aRatioToNothingIsLeftOut() {
    assertThat(Ratio.of("memory", "GC time share", 0.02, 0, Ratio.Better.LOWER)).isEmpty();
    assertThat(Ratio.of("memory", "GC time share", 0.02, 0.01, Ratio.Better.LOWER))
        .contains(new Ratio("memory", "GC time share", 2, Ratio.Better.LOWER));
  }
}

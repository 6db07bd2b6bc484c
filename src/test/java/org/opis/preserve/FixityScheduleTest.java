package org.opis.preserve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opis.record.DocumentId;

/**
 * When a server's next fixity check is due: one interval after the last recorded check, whoever
 * ran it, so a restart neither repeats nor postpones it; soon after starting, in an archive never
 * checked.
 */
class FixityScheduleTest {
  private static final Instant NOW = Instant.parse("2026-11-27T06:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  @Test
  void isDueOneIntervalAfterTheLastCheckFinished() {
    Log log = new Log();
    log.record(new FixityRun(NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofDays(2)), "opis fixity", 1, 1, 0,
        List.of()));
    FixitySchedule weekly = new FixitySchedule(null, log, Duration.ofDays(7), CLOCK);
    assertThat(weekly.due()).isEqualTo(NOW.plus(Duration.ofDays(5)));
  }

  @Test
  void checksAnArchiveNeverCheckedSoonAfterStarting() {
    assertThat(new FixitySchedule(null, new Log(), Duration.ofDays(7), CLOCK).due())
        .isEqualTo(NOW.plus(FixitySchedule.FIRST));
    assertThat(new FixitySchedule(null, new Log(), Duration.ofMinutes(2), CLOCK).due())
        .isEqualTo(NOW.plus(Duration.ofMinutes(2)));
  }

  @Test
  void needsAnIntervalLongerThanNothing() {
    assertThatThrownBy(() -> new FixitySchedule(null, new Log(), Duration.ZERO, CLOCK))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static final class Log implements FixityLog {
    private final List<FixityRun> runs = new ArrayList<>();

    @Override
    public void record(FixityRun run) {
      runs.add(run);
    }

    @Override
    public Optional<FixityRun> last() {
      return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(runs.size() - 1));
    }

    @Override
    public List<FixityProblem> lastProblems(DocumentId document) {
      return List.of();
    }
  }
}

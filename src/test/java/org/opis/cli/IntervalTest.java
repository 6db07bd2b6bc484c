package org.opis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

/** How often a server checks fixity, as typed: days, hours, minutes, ISO 8601, or off. */
class IntervalTest {
  @Test
  void readsTheShortFormsAndIso8601() {
    assertThat(Interval.parse("7d").every()).hasValue(Duration.ofDays(7));
    assertThat(Interval.parse("12h").every()).hasValue(Duration.ofHours(12));
    assertThat(Interval.parse("30m").every()).hasValue(Duration.ofMinutes(30));
    assertThat(Interval.parse(" 45s ").every()).hasValue(Duration.ofSeconds(45));
    assertThat(Interval.parse("P7D").every()).hasValue(Duration.ofDays(7));
    assertThat(Interval.parse("pt1h30m").every()).hasValue(Duration.ofMinutes(90));
  }

  @Test
  void offMeansNoSchedule() {
    assertThat(Interval.parse("off").every()).isEmpty();
    assertThat(Interval.parse("OFF").every()).isEmpty();
  }

  @Test
  void refusesWhatIsNoIntervalSayingWhatToWrite() {
    assertThatThrownBy(() -> Interval.parse("weekly")).isInstanceOf(TypeConversionException.class)
        .hasMessage("\"weekly\" is not an interval: write 7d, 12h, 30m, 45s, P7D or off");
    assertThatThrownBy(() -> Interval.parse("PT0S")).isInstanceOf(TypeConversionException.class)
        .hasMessage("\"PT0S\" is not an interval: it must be longer than nothing, or off");
  }

  @Test
  void serveRefusesABadIntervalAsAMistakeInTheCommandLine() {
    Console bad = Console.run("serve", "--fixity-every", "fortnightly", "--port", "0");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("\"fortnightly\" is not an interval");
  }
}

package org.opis.bench.load;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One stretch of a soak: what the readers were answered, how fast, and what the server held at
 * its end.
 *
 * @param number 0 for the warm-up, then 1, 2, ...
 * @param seconds how long it lasted
 * @param answered requests answered with 200
 * @param failed requests answered otherwise, or not at all
 * @param p50 median latency of the answered, ms
 * @param p99 99th percentile latency of the answered, ms
 * @param liveHeapBytes the heap left after a full collection at its end (what the server really
 *     holds), when the JDK's jcmd could ask for one
 * @param residentBytes the server process's resident memory at its end, when the system tells it
 * @param pauses the server's collections of its own in the stretch (not the full collection asked
 *     for at its end), from its GC log
 * @param byKind requests answered of each kind
 * @param failures the first few failures, described
 */
public record Stretch(int number, double seconds, int answered, int failed, double p50, double p99,
    Optional<Long> liveHeapBytes, Optional<Long> residentBytes, List<GcLog.Pause> pauses,
    Map<Workload.Kind, Integer> byKind, List<String> failures) {

  public Stretch {
    pauses = List.copyOf(pauses);
    byKind = Map.copyOf(byKind);
    failures = List.copyOf(failures);
  }

  /** Seconds the server stood still in its own collections. */
  public double pausedSeconds() {
    return pauses.stream().mapToDouble(GcLog.Pause::millis).sum() / 1000;
  }

  /** The fraction of the stretch the server stood still in its own collections. */
  public double gcShare() {
    return seconds <= 0 ? 0 : pausedSeconds() / seconds;
  }

  public double perSecond() {
    return seconds <= 0 ? 0 : answered / seconds;
  }

  public boolean warmUp() {
    return number == 0;
  }
}

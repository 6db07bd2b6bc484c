package org.opis.bench.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the load saw in one stretch of time: how many requests of each kind were answered, how
 * long each took, and every failure (a status other than 200, or no answer at all), the first
 * few of them described. The readers add to it at once, so every method is synchronized; at a
 * few thousand requests a second the lock is never the limit.
 */
final class Window {
  private static final int DESCRIBED = 10;
  private final Map<Workload.Kind, Times> answered = new EnumMap<>(Workload.Kind.class);
  private final Map<Workload.Kind, Integer> failed = new EnumMap<>(Workload.Kind.class);
  private final List<String> failures = new ArrayList<>();

  // the latencies of one kind, in nanoseconds, in the order they came
  private static final class Times {
    long[] nanos = new long[256];
    int size;

    void add(long took) {
      if (size == nanos.length) {
        nanos = Arrays.copyOf(nanos, size * 2);
      }
      nanos[size++] = took;
    }
  }

  synchronized void answered(Workload.Kind kind, long took) {
    answered.computeIfAbsent(kind, k -> new Times()).add(took);
  }

  synchronized void failed(Workload.Kind kind, String path, String what) {
    failed.merge(kind, 1, Integer::sum);
    if (failures.size() < DESCRIBED) {
      failures.add(what + ": " + path);
    }
  }

  synchronized int answered() {
    return answered.values().stream().mapToInt(t -> t.size).sum();
  }

  synchronized int failed() {
    return failed.values().stream().mapToInt(Integer::intValue).sum();
  }

  synchronized Map<Workload.Kind, Integer> answeredByKind() {
    Map<Workload.Kind, Integer> counts = new EnumMap<>(Workload.Kind.class);
    answered.forEach((k, t) -> counts.put(k, t.size));
    return counts;
  }

  synchronized Map<Workload.Kind, Integer> failedByKind() {
    return new EnumMap<>(failed);
  }

  synchronized List<String> failures() {
    return List.copyOf(failures);
  }

  /** The latency below or at which a fraction {@code p} of all answered requests came, in ms. */
  synchronized double percentile(double p) {
    return percentile(answered.values().stream().toList(), p);
  }

  /** The same, of one kind of request. */
  synchronized double percentile(Workload.Kind kind, double p) {
    Times t = answered.get(kind);
    return t == null ? 0 : percentile(List.of(t), p);
  }

  // by nearest rank: a time that was really measured
  private static double percentile(List<Times> of, double p) {
    int n = of.stream().mapToInt(t -> t.size).sum();
    if (n == 0) {
      return 0;
    }
    long[] sorted = new long[n];
    int at = 0;
    for (Times t : of) {
      System.arraycopy(t.nanos, 0, sorted, at, t.size);
      at += t.size;
    }
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p * n);
    return sorted[Math.max(0, Math.min(n, rank) - 1)] / 1e6;
  }
}

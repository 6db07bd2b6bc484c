package org.opis.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A long run of the workload against a server, cut into stretches: a warm-up (while the JIT
 * compiles and caches fill), then stretches of equal length, each ended by a full collection
 * in the server so that the heap it reports is what the server holds, not garbage waiting.
 * The stretches are what shows whether the rate holds, errors appear, or memory grows.
 */
public final class Soak {
  private Soak() {}

  /**
   * @param connections readers asking at once
   * @param warmUp the first stretch, not counted
   * @param total the whole soak after the warm-up
   * @param stretch the length of each counted stretch
   */
  public record Plan(int connections, Duration warmUp, Duration total, Duration stretch, long seed) {
    public Plan {
      if (connections < 1 || stretch.isZero() || stretch.isNegative() || total.isNegative()) {
        throw new IllegalArgumentException("a soak needs readers and stretches of some length: " + connections
            + " readers, stretches of " + stretch);
      }
    }

    int stretches() {
      return (int) Math.max(1, Math.round((double) total.toMillis() / stretch.toMillis()));
    }
  }

  /**
   * One kind of request over the whole soak after the warm-up.
   *
   * @param p50 median latency, ms
   * @param p99 99th percentile latency, ms
   */
  public record Kind(Workload.Kind kind, int answered, int failed, double p50, double p99) {}

  /**
   * The stretches, warm-up first, and each kind of request over the counted ones.
   *
   * @param p50 median latency of every request answered after the warm-up, ms
   * @param p99 99th percentile latency of every request answered after the warm-up, ms
   */
  public record Result(List<Stretch> stretches, List<Kind> kinds, double p50, double p99) {
    public Result {
      stretches = List.copyOf(stretches);
      kinds = List.copyOf(kinds);
    }

    /** The stretches after the warm-up, which the figures are of. */
    public List<Stretch> counted() {
      return stretches.stream().filter(s -> !s.warmUp()).toList();
    }

    public int answered() {
      return counted().stream().mapToInt(Stretch::answered).sum();
    }

    public int failed() {
      return counted().stream().mapToInt(Stretch::failed).sum();
    }

    /** How long the counted stretches lasted, their full collections asked for included. */
    public double seconds() {
      return counted().stream().mapToDouble(Stretch::seconds).sum();
    }

    /** Requests answered a second after the warm-up. */
    public double perSecond() {
      return seconds() == 0 ? 0 : answered() / seconds();
    }

    /** The fraction of the time after the warm-up that the server stood still in its own collections. */
    public double gcShare() {
      return seconds() == 0 ? 0 : counted().stream().mapToDouble(Stretch::pausedSeconds).sum() / seconds();
    }

    /** The server's own collections (pauses) after the warm-up. */
    public List<GcLog.Pause> pauses() {
      return counted().stream().flatMap(s -> s.pauses().stream()).toList();
    }

    /** The heap the server held after a full collection at the end of the warm-up, when it could be asked for. */
    public Optional<Long> liveHeapAfterWarmUp() {
      return stretches.stream().filter(Stretch::warmUp).findFirst().flatMap(Stretch::liveHeapBytes);
    }

    /** The same at the end of the last stretch. */
    public Optional<Long> liveHeapAtEnd() {
      return stretches.isEmpty() ? Optional.empty() : stretches.get(stretches.size() - 1).liveHeapBytes();
    }
  }

  /** Runs the plan; each stretch is given to {@code seen} as it ends. */
  public static Result run(ServerProcess server, Workload workload, Plan plan, Consumer<Stretch> seen)
      throws InterruptedException {
    List<Stretch> stretches = new ArrayList<>();
    // the start-up's garbage collected before the first stretch, so that it counts in none
    server.liveHeap();
    int pausesBefore = server.pauses().size();
    try (LoadClient load = new LoadClient(server.url(), workload, plan.connections(), plan.seed())) {
      // each stretch begins when the last was taken, so the time its full collection takes counts in the next
      long start = System.nanoTime();
      for (int n = 0; n <= plan.stretches(); n++) {
        Duration length = n == 0 ? plan.warmUp() : plan.stretch();
        long left = length.toNanos() - (System.nanoTime() - start);
        if (left > 0) {
          Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
        }
        Window window = load.take();
        long end = System.nanoTime();
        double seconds = (end - start) / 1e9;
        start = end;
        if (!server.alive()) {
          throw new IllegalStateException("the server stopped during the soak; see its log");
        }
        List<GcLog.Pause> pauses = server.pauses();
        List<GcLog.Pause> own = pauses.subList(Math.min(pausesBefore, pauses.size()), pauses.size()).stream()
            .filter(p -> !p.asked()).toList();
        Optional<Long> live = server.liveHeap();
        pausesBefore = pauses.size();
        Stretch s = new Stretch(n, seconds, window.answered(), window.failed(), window.percentile(0.5),
            window.percentile(0.99), live, server.residentBytes(), own, window.answeredByKind(), window.failures());
        stretches.add(s);
        seen.accept(s);
        if (n == 0) {
          load.takeWhole();
        }
      }
      Window whole = load.takeWhole();
      List<Kind> kinds = new ArrayList<>();
      Map<Workload.Kind, Integer> answered = whole.answeredByKind();
      Map<Workload.Kind, Integer> failed = whole.failedByKind();
      for (Workload.Kind k : Workload.Kind.values()) {
        int a = answered.getOrDefault(k, 0);
        int f = failed.getOrDefault(k, 0);
        if (a + f > 0) {
          kinds.add(new Kind(k, a, f, whole.percentile(k, 0.5), whole.percentile(k, 0.99)));
        }
      }
      return new Result(stretches, kinds, whole.percentile(0.5), whole.percentile(0.99));
    }
  }
}

package org.opis.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One timed trial of a query mix against several engines at once. Warm-up passes come first and
 * are not timed. Then each timed pass asks every query of the mix, in an order shuffled anew
 * each pass, of every engine in turn, the first engine changing from pass to pass: on a shared,
 * noisy machine a disturbance then falls on all engines alike, which is what lets their figures
 * be compared as ratios. Last, each kind of query is asked by two threads at once, for
 * throughput.
 */
public final class Trial {
  private final Plan plan;
  private final Progress progress;

  /**
   * How much to measure.
   *
   * @param warmups untimed passes over the mix first, so the JIT and the page cache settle
   * @param passes timed passes over the mix, on one thread, and again on two
   * @param seed the seed of the shuffles, so a trial can be repeated query for query
   */
  public record Plan(int warmups, int passes, long seed) {
    public static final Plan DEFAULT = new Plan(3, 10, 1);

    public Plan {
      if (warmups < 0 || passes < 1) {
        throw new IllegalArgumentException("a trial needs 0 or more warm-ups and 1 or more passes, not "
            + warmups + " and " + passes);
      }
    }
  }

  public Trial(Plan plan, Progress progress) {
    this.plan = plan;
    this.progress = progress;
  }

  /** Measures every engine on the mix; the results are in the order of {@code engines}. */
  public List<Measured> run(List<Engine> engines, QueryMix mix) {
    Map<Engine, Map<QueryKind, Latencies>> times = new LinkedHashMap<>();
    Map<Engine, List<BenchQuery>> unanswered = new LinkedHashMap<>();
    engines.forEach(e -> {
      times.put(e, new EnumMap<>(QueryKind.class));
      unanswered.put(e, new ArrayList<>());
    });
    List<BenchQuery> queries = mix.queries();
    long total = (long) (plan.warmups() + 2 * plan.passes()) * queries.size() * engines.size();
    try (Progress.Step step = progress.step("measuring", "queries", total)) {
      long done = 0;
      for (int w = 0; w < plan.warmups(); w++) {
        for (BenchQuery q : queries) {
          for (Engine e : engines) {
            if (e.search(q) == 0 && w == 0) {
              unanswered.get(e).add(q);
            }
            step.update(++done);
          }
        }
      }
      for (int p = 0; p < plan.passes(); p++) {
        List<BenchQuery> order = new ArrayList<>(queries);
        Collections.shuffle(order, new Random(plan.seed() + p));
        for (BenchQuery q : order) {
          for (int i = 0; i < engines.size(); i++) {
            Engine e = engines.get((p + i) % engines.size());
            long start = System.nanoTime();
            e.search(q);
            long took = System.nanoTime() - start;
            times.get(e).computeIfAbsent(q.kind(), k -> new Latencies()).add(took);
            step.update(++done);
          }
        }
      }
      Map<Engine, Rates> twoThreads = twoThreads(engines, mix, step, done);
      List<Measured> out = new ArrayList<>();
      for (Engine e : engines) {
        Map<QueryKind, Figures> byKind = new EnumMap<>(QueryKind.class);
        Latencies all = new Latencies();
        times.get(e).forEach((kind, latencies) -> {
          byKind.put(kind, Figures.of(latencies, twoThreads.get(e).byKind().get(kind)));
          all.addAll(latencies);
        });
        out.add(new Measured(e.name(), byKind, Figures.of(all, twoThreads.get(e).whole()), unanswered.get(e)));
      }
      return out;
    }
  }

  // queries a second with two threads, for each kind and for the whole mix
  private record Rates(Map<QueryKind, Double> byKind, double whole) {}

  // for each engine and kind, two threads share the kind's queries repeated for every pass
  private Map<Engine, Rates> twoThreads(List<Engine> engines, QueryMix mix, Progress.Step step,
      long done) {
    Map<Engine, Map<QueryKind, Double>> rates = new LinkedHashMap<>();
    Map<Engine, long[]> totals = new LinkedHashMap<>(); // queries, nanoseconds
    engines.forEach(e -> {
      rates.put(e, new EnumMap<>(QueryKind.class));
      totals.put(e, new long[2]);
    });
    ExecutorService threads = Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "bench-search");
      t.setDaemon(true);
      return t;
    });
    try {
      for (QueryKind kind : QueryKind.values()) {
        List<BenchQuery> work = new ArrayList<>();
        for (int p = 0; p < plan.passes(); p++) {
          work.addAll(mix.of(kind));
        }
        if (work.isEmpty()) {
          continue;
        }
        Collections.shuffle(work, new Random(plan.seed() + kind.ordinal()));
        for (int i = 0; i < engines.size(); i++) {
          Engine e = engines.get((kind.ordinal() + i) % engines.size());
          long took = shared(threads, e, work);
          rates.get(e).put(kind, work.size() / (took / 1e9));
          totals.get(e)[0] += work.size();
          totals.get(e)[1] += took;
          done += work.size();
          step.update(done);
        }
      }
    } finally {
      threads.shutdownNow();
    }
    Map<Engine, Rates> out = new LinkedHashMap<>();
    totals.forEach((e, t) -> out.put(e, new Rates(rates.get(e), t[1] == 0 ? 0 : t[0] / (t[1] / 1e9))));
    return out;
  }

  // the wall time two threads take to answer every query of the work between them
  private static long shared(ExecutorService threads, Engine engine, List<BenchQuery> work) {
    AtomicInteger next = new AtomicInteger();
    Runnable worker = () -> {
      for (int i = next.getAndIncrement(); i < work.size(); i = next.getAndIncrement()) {
        engine.search(work.get(i));
      }
    };
    long start = System.nanoTime();
    Future<?> a = threads.submit(worker);
    Future<?> b = threads.submit(worker);
    try {
      a.get();
      b.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while measuring " + engine.name(), e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
    return System.nanoTime() - start;
  }
}

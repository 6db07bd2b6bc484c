package org.opis.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The JMH micro-benchmarks of the hot paths (issue 7): every class named {@code ...Jmh} beside
 * the code it measures, each with its bare baseline in a method named {@code bare...}, measured
 * in the same run; printed as a table of each path's time beside its baseline's and their ratio.
 * A measurement, not a test: it runs only with {@code -Dopis.bench=true}
 * ({@code -Dopis.jmh.include=REGEX} to run some, {@code -Dopis.jmh.seconds=N} for longer
 * iterations), and takes about a minute per class.
 */
class MicroBenchmarks {
  private static final String BARE = "bare";

  @Test
  void measuresTheHotPathsBesideTheirBaselines() throws RunnerException {
    Assumptions.assumeTrue(Boolean.getBoolean("opis.bench"), "a measurement: run with -Dopis.bench=true");
    int seconds = Integer.getInteger("opis.jmh.seconds", 1);
    Options options = new OptionsBuilder()
        .include(System.getProperty("opis.jmh.include", "org\\.opis\\..*Jmh\\."))
        .forks(1)
        .warmupIterations(3)
        .warmupTime(TimeValue.seconds(seconds))
        .measurementIterations(5)
        .measurementTime(TimeValue.seconds(seconds))
        .build();
    Collection<RunResult> results = new Runner(options).run();
    System.out.println(table(results));
  }

  /** Each benchmark's score beside its class's bare baseline, as Markdown. */
  static String table(Collection<RunResult> results) {
    Map<String, List<RunResult>> byClass = new TreeMap<>();
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      byClass.computeIfAbsent(name.substring(0, name.lastIndexOf('.')), k -> new ArrayList<>()).add(r);
    }
    StringBuilder table = new StringBuilder("| hot path | µs | error µs | baseline | baseline µs | ratio |\n"
        + "|---|---:|---:|---|---:|---:|\n");
    byClass.forEach((owner, runs) -> {
      Optional<RunResult> baseline = runs.stream().filter(r -> method(r).startsWith(BARE)).findFirst();
      double bare = baseline.map(b -> b.getPrimaryResult().getScore()).orElse(Double.NaN);
      for (RunResult r : runs) {
        if (baseline.isPresent() && r == baseline.get()) {
          continue;
        }
        double score = r.getPrimaryResult().getScore();
        table.append(String.format(Locale.ROOT, "| %s.%s | %,.1f | %,.1f | %s | %,.1f | %.1f |%n",
            owner.substring(owner.lastIndexOf('.') + 1), method(r), score, r.getPrimaryResult().getScoreError(),
            baseline.map(MicroBenchmarks::method).orElse(""), bare, score / bare));
      }
    });
    return table.toString();
  }

  private static String method(RunResult r) {
    String name = r.getParams().getBenchmark();
    return name.substring(name.lastIndexOf('.') + 1);
  }
}

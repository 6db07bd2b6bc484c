package org.opis.bench;

/**
 * What was measured of one engine on one kind of query.
 *
 * @param queries how many timed queries the latencies are of
 * @param p50 median latency, milliseconds, one thread
 * @param p99 99th percentile latency, milliseconds, one thread
 * @param max slowest query, milliseconds, one thread
 * @param perSecond queries per second on one thread, back to back
 * @param perSecondTwoThreads queries per second with two threads asking at once
 */
public record Figures(int queries, double p50, double p99, double max, double perSecond, double perSecondTwoThreads) {
  static Figures of(Latencies single, double perSecondTwoThreads) {
    return new Figures(single.count(), single.percentile(0.50), single.percentile(0.99), single.percentile(1.0),
        single.perSecond(), perSecondTwoThreads);
  }
}

/**
 * Load on a running server, from outside it: what {@code opis bench soak} (and the page and
 * memory benchmarks after it) need to measure Opis as a reader's browser or a harvester meets
 * it, over loopback HTTP, rather than by calling its classes.
 *
 * <p>The server runs in its own process ({@link org.opis.bench.load.ServerProcess}), started from
 * the same program with a bounded heap and a GC log, so that its memory is the server's alone
 * and can be read without touching its code: the heap left after each collection, read from the
 * log ({@link org.opis.bench.load.GcLog}), is what shows a leak. The load itself
 * ({@link org.opis.bench.load.LoadClient}) is a closed loop of connections, each sending the next
 * request of a fixed {@link org.opis.bench.load.Workload} as soon as the last is answered, so the
 * rate it reaches is the highest the server sustains with that many readers at once.
 */
package org.opis.bench.load;

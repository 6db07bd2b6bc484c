package org.opis.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closed loop of readers: {@code connections} threads, each asking the server for the next
 * request of the workload as soon as the last one is answered, for as long as it runs. What it
 * saw is gathered in a {@link Window}, which the caller takes and replaces whenever it wants a
 * figure for the time since the last one.
 */
public final class LoadClient implements AutoCloseable {
  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(PATIENCE).followRedirects(HttpClient.Redirect.NEVER).build();
  private final AtomicReference<Window> window = new AtomicReference<>(new Window());
  private final AtomicReference<Window> whole = new AtomicReference<>(new Window());
  private final List<Thread> readers = new ArrayList<>();
  private volatile boolean running = true;

  /** Starts the readers; they ask until {@link #close}. */
  public LoadClient(String base, Workload workload, int connections, long seed) {
    for (int i = 0; i < connections; i++) {
      Random random = new Random(seed + i);
      Thread t = new Thread(() -> read(base, workload, random), "opis-reader-" + i);
      t.setDaemon(true);
      readers.add(t);
      t.start();
    }
  }

  private void read(String base, Workload workload, Random random) {
    while (running) {
      Workload.Request r = workload.next(random);
      HttpRequest request = HttpRequest.newBuilder(URI.create(base + r.path())).timeout(PATIENCE).GET().build();
      long start = System.nanoTime();
      try {
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long took = System.nanoTime() - start;
        if (response.statusCode() == 200 && response.body().length > 0) {
          window.get().answered(r.kind(), took);
          whole.get().answered(r.kind(), took);
        } else if (running) {
          window.get().failed(r.kind(), r.path(), "status " + response.statusCode());
          whole.get().failed(r.kind(), r.path(), "status " + response.statusCode());
        }
      } catch (IOException e) {
        if (running) {
          String what = e.getClass().getSimpleName() + " " + e.getMessage();
          window.get().failed(r.kind(), r.path(), what);
          whole.get().failed(r.kind(), r.path(), what);
        }
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** What was seen since the last call (or the start), a new stretch beginning now. */
  Window take() {
    return window.getAndSet(new Window());
  }

  /** What was seen since the last call (or the start) over a longer time than a stretch. */
  Window takeWhole() {
    return whole.getAndSet(new Window());
  }

  @Override
  public void close() {
    running = false;
    for (Thread t : readers) {
      try {
        t.join(PATIENCE.toMillis() + 1_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}

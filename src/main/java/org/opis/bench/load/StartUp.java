package org.opis.bench.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.opis.problem.StorageException;

/**
 * How long a server takes from being started to serving its first page: the process is started,
 * and the page asked for every few milliseconds until it is answered with 200. What is timed is
 * what a reader waiting for a restarted archive sees, JVM start-up, opening the catalog and the
 * index, and the first request's work included.
 */
public final class StartUp {
  private static final Duration POLL = Duration.ofMillis(5);
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(2)).build();

  /** The command that starts {@code opis serve} over {@code data} on {@code port}, heap {@code heap}. */
  public static List<String> opis(Path data, int port, String heap) {
    return java(heap, "org.opis.cli.Opis", "serve", "--data", data.toString(), "--host", "127.0.0.1",
        "--port", Integer.toString(port));
  }

  /** The command that starts the {@link BarePage} baseline on {@code port}. */
  public static List<String> bare(int port, String heap) {
    return java(heap, BarePage.class.getName(), Integer.toString(port));
  }

  private static List<String> java(String heap, String main, String... args) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), main));
    command.addAll(List.of(args));
    return command;
  }

  /** A port free now on loopback, for the next server. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new StorageException("no free port on this machine: " + e.getMessage(), e);
    }
  }

  /**
   * Starts {@code command}, waits for {@code url} to be answered with 200, stops the process.
   *
   * @param log where the process's output goes
   * @return nanoseconds from starting the process to the first page
   * @throws StorageException when the page is not served within {@code patience}
   */
  public long firstPage(List<String> command, String url, Duration patience, Path log) throws InterruptedException {
    Process p;
    long start = System.nanoTime();
    try {
      p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    } catch (IOException e) {
      throw new StorageException("cannot start " + command.get(command.size() - 1) + ": " + e.getMessage(), e);
    }
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(patience).GET().build();
      while (System.nanoTime() - start < patience.toNanos()) {
        if (!p.isAlive()) {
          throw new StorageException("the server stopped before serving " + url + "; see " + log, null);
        }
        try {
          if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
            return System.nanoTime() - start;
          }
        } catch (IOException notYet) {
          // not listening yet
        }
        Thread.sleep(POLL.toMillis());
      }
      throw new StorageException("the server did not serve " + url + " within " + patience.toSeconds() + " s; see " + log, null);
    } finally {
      p.destroy();
      if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor();
      }
    }
  }
}

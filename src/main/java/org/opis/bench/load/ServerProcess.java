package org.opis.bench.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.opis.problem.StorageException;

/**
 * {@code opis serve} in a process of its own, run from the program this one was started from
 * (the same jar or classes), with the heap it is given and a GC log: a server whose memory and
 * collections are its own, as a reader's server is, not shared with the load.
 */
public final class ServerProcess implements AutoCloseable {
  private final Process process;
  private final String url;
  private final Path gcLog;

  private ServerProcess(Process process, String url, Path gcLog) {
    this.process = process;
    this.url = url;
    this.gcLog = gcLog;
  }

  /**
   * Starts a server on a free loopback port over the archive in {@code data} and waits (up to
   * five minutes, in which a large index may be opened) for the address it prints.
   *
   * @param heap the largest heap, as java's -Xmx takes it ("512m")
   * @param folder where its log and GC log are written
   */
  public static ServerProcess start(Path data, String heap, Path folder) {
    Path log = folder.resolve("server.log");
    Path gcLog = folder.resolve("server-gc.log");
    List<String> command = new ArrayList<>(List.of(java().toString(), "-Xmx" + heap, "-Xms" + heap,
        "-Xlog:gc:file=" + gcLog + ":uptime", "-cp", System.getProperty("java.class.path"), "org.opis.cli.Opis",
        "serve", "--data", data.toString(), "--host", "127.0.0.1", "--port", "0"));
    try {
      Files.deleteIfExists(gcLog);
      Process p = new ProcessBuilder(command).redirectError(log.toFile()).start();
      BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String first = CompletableFuture.supplyAsync(() -> {
        try {
          return out.readLine();
        } catch (IOException e) {
          return null;
        }
      }).get(5, TimeUnit.MINUTES);
      if (first == null || !first.startsWith("http")) {
        p.destroyForcibly();
        throw new StorageException("the server did not start; its log is " + log + ":\n" + Files.readString(log), null);
      }
      return new ServerProcess(p, first.strip().replaceAll("/+$", ""), gcLog);
    } catch (IOException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new StorageException("cannot start a server over " + data + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StorageException("interrupted while the server started", e);
    }
  }

  private static Path java() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }

  /** Where the server answers: "http://127.0.0.1:PORT". */
  public String url() {
    return url;
  }

  public long pid() {
    return process.pid();
  }

  /** The server's collections so far. */
  public List<GcLog.Pause> pauses() {
    return GcLog.read(gcLog);
  }

  /** Memory the server's process holds (resident set), when the system tells it (Linux). */
  public Optional<Long> residentBytes() {
    Path status = Path.of("/proc", Long.toString(process.pid()), "status");
    try {
      return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmRSS:"))
          .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024).findFirst();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The heap the server really holds: what is left after a full collection asked for with
   * {@code jcmd} ({@link LiveHeap}).
   *
   * @return empty when jcmd is missing or failing, or no full collection was made
   */
  public Optional<Long> liveHeap() {
    return LiveHeap.of(pid(), gcLog);
  }

  public boolean alive() {
    return process.isAlive();
  }

  /** Stops the server as Ctrl-C would, and waits for it. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}

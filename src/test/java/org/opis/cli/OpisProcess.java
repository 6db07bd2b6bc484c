package org.opis.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The built program, {@code target/opis.jar}, run the way a person runs it: a separate Java
 * process whose first line of output is the address it serves.
 */
final class OpisProcess implements AutoCloseable {
  private final Process process;
  private final String url;

  private OpisProcess(Process process, String url) {
    this.process = process;
    this.url = url;
  }

  /** Starts {@code opis ARGS} and waits (up to two minutes) for the address it prints. */
  static OpisProcess serving(Path log, String... args) throws Exception {
    Process p = new ProcessBuilder(command(args)).redirectError(log.toFile()).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String first = CompletableFuture.supplyAsync(() -> {
      try {
        return out.readLine();
      } catch (IOException e) {
        return null;
      }
    }).get(2, TimeUnit.MINUTES);
    if (first == null) {
      p.destroyForcibly();
      throw new AssertionError("opis printed no address; its error output: " + Files.readString(log));
    }
    return new OpisProcess(p, first);
  }

  /** Runs {@code opis ARGS} to the end and returns its exit code. */
  static int run(Path log, String... args) throws Exception {
    Process p = new ProcessBuilder(command(args)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("opis " + String.join(" ", args) + " did not finish");
    }
    return p.exitValue();
  }

  /** Starts {@code opis ARGS} without waiting for it; its output and errors go to {@code log}. */
  static Process start(Path log, String... args) throws IOException {
    return start(log, List.of(), args);
  }

  /** Starts {@code opis ARGS} in a Java given these options ({@code -Dopis.progress=true}), without waiting. */
  static Process start(Path log, List<String> javaOptions, String... args) throws IOException {
    List<String> command = command(args);
    command.addAll(1, javaOptions);
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  private static List<String> command(String... args) {
    Path jar = Path.of(System.getProperty("opis.jar", "target/opis.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new AssertionError(jar + " is missing: the integration tests run after 'package' (./mvnw verify)");
    }
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar", jar.toString()));
    command.addAll(List.of(args));
    return command;
  }

  String url() {
    return url;
  }

  /** Kills the program as {@code kill -9} does: no shutdown hook runs, nothing is closed or flushed. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** Asks the program to stop as Ctrl-C would, and waits for it. */
  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }
}

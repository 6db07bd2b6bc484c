package org.opis.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import org.opis.problem.StorageException;

/**
 * An opis command ({@code opis import}, {@code opis reindex}) run to its end in a Java process of
 * its own, started from the program this one was started from (the same jar or classes) with the
 * JVM's default heap, as a user runs it, and a GC log: its time, its memory and its collections
 * are its own. Its progress bars are drawn on its standard error ({@code -Dopis.progress=true})
 * and read here line by line, each with the moment it was read; its output goes to a file.
 */
final class ChildCommand {
  /** Hears each line the command draws, with {@link System#nanoTime()} when it was read. */
  interface Listener {
    void heard(long nanos, String line);
  }

  private static final char ERASE = '\u001b';
  private final Process process;
  private final long started;
  private final Path gcLog;
  private final Path out;
  private final Path err;

  private ChildCommand(Process process, long started, Path gcLog, Path out, Path err) {
    this.process = process;
    this.started = started;
    this.gcLog = gcLog;
    this.out = out;
    this.err = err;
  }

  /**
   * Starts {@code opis ARGS}; its output, the lines of its standard error and its GC log are
   * written in {@code folder} as NAME.out, NAME.err and NAME-gc.log.
   *
   * @throws StorageException when it cannot be started
   */
  static ChildCommand start(Path folder, String name, List<String> args) {
    Path gcLog = folder.resolve(name + "-gc.log");
    Path out = folder.resolve(name + ".out");
    Path err = folder.resolve(name + ".err");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dopis.progress=true", "-Xlog:gc:file=" + gcLog + ":uptime", "-cp", System.getProperty("java.class.path"),
        "org.opis.cli.Opis"));
    command.addAll(args);
    try {
      Files.deleteIfExists(gcLog);
      long started = System.nanoTime();
      Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).start();
      return new ChildCommand(p, started, gcLog, out, err);
    } catch (IOException e) {
      throw new StorageException("cannot start opis " + String.join(" ", args) + ": " + e.getMessage(), e);
    }
  }

  /** When it was started, in {@link System#nanoTime()}. */
  long started() {
    return started;
  }

  long pid() {
    return process.pid();
  }

  Path gcLog() {
    return gcLog;
  }

  /**
   * Reads what the command draws until it ends, telling {@code listener} each line as it comes
   * ({@link #lines}), and waits for it.
   *
   * @return when it ended, in {@link System#nanoTime()}
   * @throws StorageException when it fails (the message quotes the end of its standard error)
   */
  long finish(Listener listener) {
    Deque<String> last = new ArrayDeque<>(); // the end of its errors, for a failure's message
    try (Reader in = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        Writer log = Files.newBufferedWriter(err, StandardCharsets.UTF_8)) {
      lines(in, text -> {
        listener.heard(System.nanoTime(), text);
        try {
          log.write(text + "\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        if (!text.isBlank()) {
          last.addLast(text);
          if (last.size() > 15) {
            last.removeFirst();
          }
        }
      });
      int exit = process.waitFor();
      long ended = System.nanoTime();
      if (exit != 0) {
        throw new StorageException("opis ended with exit code " + exit + "; its output is in " + out
            + ", the end of its errors:\n" + String.join("\n", last), null);
      }
      return ended;
    } catch (IOException | UncheckedIOException e) {
      process.destroyForcibly();
      throw new StorageException("cannot read what opis draws, or log it in " + err + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new StorageException("interrupted while opis ran", e);
    } catch (RuntimeException e) {
      process.destroyForcibly(); // never left running behind a benchmark that failed
      throw e;
    }
  }

  /**
   * Hands on each line read from {@code in} as soon as it ends. A progress bar is drawn as a
   * carriage return, the line, and the terminal's mark that erases the rest of the line; a bar
   * closed is erased with the return and the mark alone, which is handed on as a blank line, at
   * once. Other lines end with a line break.
   */
  static void lines(Reader in, Consumer<String> each) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c >= 0; c = in.read()) {
      boolean erased = c == 'K' && line.length() >= 2 && line.charAt(line.length() - 1) == '['
          && line.charAt(line.length() - 2) == ERASE;
      if (erased) {
        line.setLength(line.length() - 2);
      } else if (c != '\r' && c != '\n') {
        line.append((char) c);
        continue;
      } else if (line.length() == 0) {
        continue; // the start of a bar's drawing, or a line break after one
      }
      each.accept(line.toString());
      line.setLength(0);
    }
    if (line.length() > 0) {
      each.accept(line.toString());
    }
  }
}

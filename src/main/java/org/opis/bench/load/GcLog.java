package org.opis.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's garbage collections, read from the log the JVM writes with
 * {@code -Xlog:gc:file=PATH:uptime}: one line for each pause, such as
 * {@code [12.345s][info][gc] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 120M->35M(512M) 4.567ms}.
 * Lines of other shapes (concurrent cycles, start-up notes) are passed over.
 */
public final class GcLog {
  private static final Pattern PAUSE = Pattern.compile(
      "^\\[(\\d+(?:\\.\\d+)?)s\\].*?\\bPause (.+?) (\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\) (\\d+(?:\\.\\d+)?)ms");

  private GcLog() {}

  /**
   * One pause.
   *
   * @param atSeconds seconds since the server's JVM started
   * @param kind what the JVM called it: "Young (Normal) (G1 Evacuation Pause)", "Full (System.gc())"
   * @param afterBytes heap in use when the pause ended
   * @param heapBytes heap committed
   * @param millis how long the application stood still
   */
  public record Pause(double atSeconds, String kind, long afterBytes, long heapBytes, double millis) {
    public boolean full() {
      return kind.startsWith("Full");
    }

    /** A collection asked for from outside (jcmd's GC.run, System.gc()), not one the load caused. */
    public boolean asked() {
      return kind.contains("Diagnostic Command") || kind.contains("System.gc()");
    }
  }

  /** The pauses in the log so far; none when it is not written yet. */
  public static List<Pause> read(Path log) {
    List<String> lines;
    try {
      lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read the server's GC log " + log, e);
    }
    List<Pause> pauses = new ArrayList<>();
    for (String line : lines) {
      parse(line).ifPresent(pauses::add);
    }
    return pauses;
  }

  static java.util.Optional<Pause> parse(String line) {
    Matcher m = PAUSE.matcher(line);
    if (!m.find()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new Pause(Double.parseDouble(m.group(1)), m.group(2),
        bytes(m.group(5), m.group(6)), bytes(m.group(7), m.group(8)), Double.parseDouble(m.group(9))));
  }

  private static long bytes(String number, String unit) {
    long n = Long.parseLong(number);
    return switch (unit) {
      case "K" -> n << 10;
      case "M" -> n << 20;
      default -> n << 30;
    };
  }
}

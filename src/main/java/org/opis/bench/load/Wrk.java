package org.opis.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opis.problem.StorageException;

/**
 * wrk, the HTTP benchmarking tool (Debian's package {@code wrk}), run on a list of paths it asks
 * for in turn, and its report read back: requests a second, latency percentiles, and every
 * answer that was not a success.
 */
public final class Wrk {
  private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");
  private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
  private static final Pattern SOCKET = Pattern.compile(
      "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

  private Wrk() {}

  /**
   * What wrk measured.
   *
   * @param requests requests answered
   * @param perSecond requests a second
   * @param p50 median latency, ms
   * @param p99 99th percentile latency, ms
   * @param failed answers that were not 2xx or 3xx, and socket errors
   */
  public record Figures(long requests, double perSecond, double p50, double p99, long failed) {}

  /** Whether wrk is installed. */
  public static boolean installed() {
    return Folders.onPath("wrk").isPresent();
  }

  /**
   * Runs wrk with {@code threads} threads and {@code connections} connections for {@code length},
   * asking for {@code paths} of {@code base} in turn.
   *
   * @param folder where its script and output are written
   */
  public static Figures run(String base, List<String> paths, int threads, int connections, Duration length,
      Path folder) throws InterruptedException {
    try {
      Path list = Files.write(Files.createTempFile(folder, "paths-", ".txt"), paths, StandardCharsets.UTF_8);
      Path script = folder.resolve("paths.lua");
      Files.writeString(script, """
          local paths = {}
          for line in io.lines("%s") do paths[#paths + 1] = line end
          local n = math.random(#paths)
          request = function()
            n = n %% #paths + 1
            return wrk.format("GET", paths[n])
          end
          """.formatted(list.toString().replace("\\", "\\\\").replace("\"", "\\\"")), StandardCharsets.UTF_8);
      Path out = folder.resolve("wrk.out");
      Path wrk = Folders.onPath("wrk").orElseThrow(() -> new StorageException(
          "wrk is not installed; install Debian's package: apt-get install wrk", null));
      Process p = new ProcessBuilder(wrk.toString(), "-t" + threads, "-c" + connections, "-d" + length.toSeconds() + "s",
          "--latency", "-s", script.toString(), base).redirectErrorStream(true).redirectOutput(out.toFile()).start();
      if (!p.waitFor(length.toSeconds() + 60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new StorageException("wrk did not finish; see " + out, null);
      }
      String report = Files.readString(out);
      if (p.exitValue() != 0) {
        throw new StorageException("wrk failed (exit " + p.exitValue() + "): " + report.strip(), null);
      }
      return read(report);
    } catch (IOException e) {
      throw new StorageException("cannot run wrk: " + e.getMessage(), e);
    }
  }

  /** The figures in a report wrk printed with {@code --latency}. */
  static Figures read(String report) {
    double rate = number(RATE, report).orElseThrow(() -> new StorageException("wrk printed no rate:\n" + report, null));
    long total = number(TOTAL, report).map(Double::longValue).orElse(0L);
    long failed = number(NON_2XX, report).map(Double::longValue).orElse(0L);
    Matcher sockets = SOCKET.matcher(report);
    if (sockets.find()) {
      for (int g = 1; g <= 4; g++) {
        failed += Long.parseLong(sockets.group(g));
      }
    }
    return new Figures(total, rate, latency(report, "50%"), latency(report, "99%"), failed);
  }

  private static Optional<Double> number(Pattern pattern, String report) {
    Matcher m = pattern.matcher(report);
    return m.find() ? Optional.of(Double.parseDouble(m.group(1))) : Optional.empty();
  }

  // a line of the latency distribution, "     99%   12.34ms", in milliseconds
  private static double latency(String report, String percentile) {
    Matcher m = Pattern.compile("(?m)^\\s+" + Pattern.quote(percentile) + "\\s+([0-9.]+)(us|ms|s|m)\\s*$").matcher(report);
    if (!m.find()) {
      return Double.NaN;
    }
    double value = Double.parseDouble(m.group(1));
    return switch (m.group(2)) {
      case "us" -> value / 1000;
      case "ms" -> value;
      case "s" -> value * 1000;
      default -> value * 60_000;
    };
  }
}

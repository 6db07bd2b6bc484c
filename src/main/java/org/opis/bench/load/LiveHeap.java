package org.opis.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The heap a Java process really holds: what is left after a full collection asked for with the
 * JDK's {@code jcmd}, read from the process's GC log. Young collections alone leave garbage in
 * the old generation, which looks like growth and is not. The process must write its log with
 * {@code -Xlog:gc:file=PATH:uptime} ({@link GcLog}).
 */
public final class LiveHeap {
  private LiveHeap() {}

  /**
   * Asks process {@code pid} for a full collection and returns the heap it left. A collection
   * asked for while a thread holds the GC locker (a native library's critical region) is not
   * made, so it is asked again, three times at most.
   *
   * @param gcLog the process's GC log
   * @return empty when jcmd is missing or failing, or no full collection was made
   */
  public static Optional<Long> of(long pid, Path gcLog) {
    for (int attempt = 0; attempt < 3; attempt++) {
      int before = GcLog.read(gcLog).size();
      if (!askForCollection(pid)) {
        return Optional.empty();
      }
      List<GcLog.Pause> after = GcLog.read(gcLog);
      Optional<Long> live = after.subList(Math.min(before, after.size()), after.size()).stream()
          .filter(p -> p.full() && p.asked()).map(GcLog.Pause::afterBytes).reduce((a, b) -> b);
      if (live.isPresent()) {
        return live;
      }
    }
    return Optional.empty();
  }

  // jcmd's GC.run; attaching fails now and then on a busy machine, so a second try is made
  private static boolean askForCollection(long pid) {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    if (!Files.isExecutable(jcmd)) {
      return false;
    }
    for (int attempt = 0; attempt < 2; attempt++) {
      try {
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.run")
            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
          p.destroyForcibly();
        } else if (p.exitValue() == 0) {
          return true;
        }
      } catch (IOException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }
}

package org.opis.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Lucene index after its process is killed (SIGKILL, no shutdown of any kind) while it
 * writes: reopened, it holds exactly what its recorded outbox position says, and goes on from
 * there. The writer is {@link ApplyingUntilKilled}, in a process of its own.
 */
class KilledWriterIT {
  @TempDir
  Path folder;

  @Test
  void holdsExactlyWhatItsPositionSaysAfterBeingKilledAtAnyMoment() throws Exception {
    long committed = 0;
    for (int round = 0; round < 4; round++) {
      Process writer = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"),
          ApplyingUntilKilled.class.getName(), folder.toString()).redirectErrorStream(true).start();
      try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
        long target = committed + 3;
        String line;
        while ((line = out.readLine()) != null && !(line.matches("\\d+") && Long.parseLong(line) >= target)) {
          assertThat(line).as("the writer's output").matches("\\d+");
        }
        assertThat(line).as("the writer stopped before position " + target).isNotNull();
        committed = Long.parseLong(line);
        Thread.sleep(ThreadLocalRandom.current().nextInt(60));
        writer.destroyForcibly(); // SIGKILL: no shutdown hook, no close, no flush
        writer.waitFor();
      }
      try (LuceneSearchIndex index = LuceneSearchIndex.open(folder)) {
        long position = index.position();
        assertThat(position).isGreaterThanOrEqualTo(committed);
        assertThat(revisions(index)).isEqualTo(expected(position));
        committed = position;
      }
    }
  }

  private static Map<String, Integer> revisions(LuceneSearchIndex index) {
    Map<String, Integer> all = new TreeMap<>();
    index.forEachIndexed((id, revision) -> all.put(id.value(), revision));
    return all;
  }

  private static Map<String, Integer> expected(long position) {
    Map<String, Integer> all = new TreeMap<>();
    for (int i = 0; i < ApplyingUntilKilled.KEPT; i++) {
      all.put("kept-" + i, (int) position);
    }
    for (long p = 1; p <= position; p++) {
      all.put("new-" + p, (int) p);
    }
    return all;
  }

  private static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}

package org.opis.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GcLogTest {
  @TempDir Path dir;

  @Test
  void readsEachPauseOfAG1LogWithTheHeapLeftAfterIt() throws Exception {
    Path log = dir.resolve("gc.log");
    Files.writeString(log, String.join("\n",
        "[0.005s] Using G1",
        "[1.161s] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 29M->8M(512M) 13.450ms",
        "[2.632s] GC(4) Concurrent Mark Cycle",
        "[2.681s] GC(4) Pause Remark 14M->14M(512M) 3.143ms",
        "[2.713s] GC(4) Concurrent Mark Cycle 80.745ms",
        "[4.328s] GC(5) Pause Full (Diagnostic Command) 135M->86M(512M) 72.164ms",
        "[9.001s] GC(6) Pause Full (System.gc()) 2G->900K(3G) 1000.5ms", ""));

    List<GcLog.Pause> pauses = GcLog.read(log);

    assertThat(pauses).extracting(GcLog.Pause::kind).containsExactly("Young (Normal) (G1 Evacuation Pause)",
        "Remark", "Full (Diagnostic Command)", "Full (System.gc())");
    assertThat(pauses.get(0)).isEqualTo(new GcLog.Pause(1.161, "Young (Normal) (G1 Evacuation Pause)",
        8L << 20, 512L << 20, 13.450));
    assertThat(pauses.get(3).afterBytes()).isEqualTo(900L << 10);
    assertThat(pauses.get(3).heapBytes()).isEqualTo(3L << 30);
  }

  @Test
  void tellsACollectionAskedForFromOneTheLoadCaused() {
    GcLog.Pause young = GcLog.parse("[1.0s] GC(1) Pause Young (Allocation Failure) 32M->5M(123M) 4.5ms").orElseThrow();
    GcLog.Pause asked = GcLog.parse("[4.3s] GC(5) Pause Full (Diagnostic Command) 135M->86M(512M) 72.1ms").orElseThrow();
    GcLog.Pause full = GcLog.parse("[4.3s] GC(7) Pause Full (G1 Compaction Pause) 500M->480M(512M) 900ms").orElseThrow();

    assertThat(young.full() || young.asked()).isFalse();
    assertThat(asked.full() && asked.asked()).isTrue();
    assertThat(full.full() && !full.asked()).isTrue();
  }

  @Test
  void aLogNotWrittenYetHasNoPauses() {
    assertThat(GcLog.read(dir.resolve("not-yet.log"))).isEmpty();
    assertThat(GcLog.parse("[0.005s] Using G1")).isEmpty();
  }
}

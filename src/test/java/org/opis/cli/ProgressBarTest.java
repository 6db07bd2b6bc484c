package org.opis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.opis.search.Indexer;

class ProgressBarTest {

  @Test
  void saysWhatFollowsOnceTheCountIsFull() {
    ProgressBar bar = new ProgressBar(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        "indexing", "documents", 1_000);
    Indexer.Progress progress = bar.asIndexerProgress();
    progress.done(1_000, 1_000);
    assertThat(bar.line(1_000, System.nanoTime())).contains("100% 1,000/1,000 documents").doesNotContain("merging");
    progress.stage(Indexer.CONSOLIDATING);
    assertThat(bar.line(1_000, System.nanoTime()))
        .contains("100% 1,000/1,000 documents")
        .endsWith("; merging the index into one part, for faster searches ...");
  }

  @Test
  void showsTheTimeLeftWhileCounting() {
    ProgressBar bar = new ProgressBar(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        "indexing", "documents", 1_000);
    assertThat(bar.line(250, System.nanoTime() + 1_000_000_000L)).contains("25% 250/1,000 documents, ETA 0:00:0");
  }
}

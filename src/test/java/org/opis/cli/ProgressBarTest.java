package org.opis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.opis.bench.ProgressLine;
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

  // opis bench ingest times opis import and opis reindex by reading these lines from outside
  @Test
  void drawsLinesTheIngestBenchmarkReads() {
    ProgressBar bar = new ProgressBar(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        "indexing", "changes", 20_228);
    assertThat(ProgressLine.parse(bar.line(4_000, System.nanoTime() + 2_000_000_000L)))
        .contains(new ProgressLine("indexing", 4_000, 20_228, "changes", true, ""));
    bar.stage(Indexer.CONSOLIDATING);
    assertThat(ProgressLine.parse(bar.line(20_228, System.nanoTime())))
        .contains(new ProgressLine("indexing", 20_228, 20_228, "changes", false, Indexer.CONSOLIDATING));
    ProgressBar records = new ProgressBar(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        "corpus/part-0001.jsonl", "records", 0);
    assertThat(ProgressLine.parse(records.line(12_032, System.nanoTime() + 1_000_000_000L)))
        .contains(new ProgressLine("corpus/part-0001.jsonl", 12_032, 0, "records", false, ""));
  }
}

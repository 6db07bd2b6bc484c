package org.opis.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.generate.CorpusSummary;
import org.opis.generate.CorpusWriter;
import org.opis.generate.SyntheticCorpus;

class CorpusPartsTest {
  @TempDir Path dir;

  @Test
  void thePartsPutTogetherAreTheCorpusCutOnlyBetweenLines() throws Exception {
    CorpusSummary summary = CorpusParts.write(dir.resolve("c"), 60, 42, 100_000, n -> {});
    List<Path> parts = CorpusParts.parts(dir.resolve("c"));
    assertThat(parts).hasSizeGreaterThan(3);
    assertThat(parts.get(0).getFileName()).hasToString("part-0001.jsonl");
    ByteArrayOutputStream joined = new ByteArrayOutputStream();
    for (Path p : parts) {
      byte[] bytes = Files.readAllBytes(p);
      assertThat(bytes[bytes.length - 1]).as(p.toString()).isEqualTo((byte) '\n');
      joined.write(bytes);
    }
    ByteArrayOutputStream whole = new ByteArrayOutputStream();
    CorpusWriter.write(whole, new SyntheticCorpus(42), 60, CorpusWriter.Marks.LEFT_TO_READER, n -> {});
    assertThat(joined.toByteArray()).isEqualTo(whole.toByteArray());
    assertThat(summary.bytes()).isEqualTo(whole.size());
    assertThat(summary.documents()).isEqualTo(60);
  }

  @Test
  void countsTheRecordsOfEachPartAuthoritiesIncluded() throws Exception {
    CorpusParts.write(dir.resolve("c"), 60, 42, 100_000, n -> {});
    long records = CorpusParts.parts(dir.resolve("c")).stream().mapToLong(CorpusParts::records).sum();
    ByteArrayOutputStream whole = new ByteArrayOutputStream();
    CorpusWriter.write(whole, new SyntheticCorpus(42), 60, CorpusWriter.Marks.LEFT_TO_READER, n -> {});
    assertThat(records).isEqualTo(whole.toString(java.nio.charset.StandardCharsets.UTF_8).lines().count())
        .isGreaterThan(60);
  }
}

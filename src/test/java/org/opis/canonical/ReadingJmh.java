package org.opis.canonical;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.opis.generate.SyntheticCorpus;
import org.opis.problem.Location;

/**
 * One line of an import file read into a document record, every field checked and its texts'
 * editorial marks found (the cataloguing stage's reading), beside the bare baseline: the same
 * line parsed by Jackson into a tree, which the reading starts from. Over 64 generated documents
 * in turn. Run by {@code org.opis.bench.MicroBenchmarks}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReadingJmh {
  private static final int DOCUMENTS = 64;

  private final String[] lines = new String[DOCUMENTS];
  private final ObjectMapper mapper = CanonicalJson.mapper();
  private final Location where = Location.file("corpus.jsonl");
  private int next;

  @Setup
  public void setUp() {
    SyntheticCorpus corpus = new SyntheticCorpus(42);
    for (int i = 0; i < DOCUMENTS; i++) {
      lines[i] = CanonicalJson.write(corpus.document(i + 1));
    }
  }

  @Benchmark
  public Entry read() throws JsonProcessingException {
    return CanonicalJson.read(mapper.readTree(lines[turn()]), where);
  }

  @Benchmark
  public JsonNode bareJacksonTree() throws JsonProcessingException {
    return mapper.readTree(lines[turn()]);
  }

  private int turn() {
    next = (next + 1) % DOCUMENTS;
    return next;
  }
}

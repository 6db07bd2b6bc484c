package org.opis.ingest.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.opis.problem.Hostile;

/**
 * Any bytes in a {@code .json} file give records or problems that say what is wrong, never another exception. Starts from the real Wilson Center records in the shared samples and small records of every shape kept beside this test.
 */
class JsonFormatFuzz {
  private static final JsonFormat FORMAT = new JsonFormat();

  @BeforeAll
  static void seed() {
    Hostile.seed(JsonFormatFuzz.class, "readsAnyJsonFileIntoRecordsOrProblems", List.of("samples/wilson-da-collection-491.json", "samples/wilson-da-transcript-33548.json"));
  }

  @FuzzTest
  void readsAnyJsonFileIntoRecordsOrProblems(byte[] bytes) {
    var file = Hostile.file(bytes, "records.json");
    Hostile.refusesClearly(() -> FORMAT.read(file, "records.json", Hostile.records(), Hostile.problems()));
  }
}

package org.opis.tei;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.opis.problem.Hostile;

/**
 * Any bytes in a {@code .xml} file give records or problems that say what is wrong, never another exception, and never an entity expanded or a file or address outside it read. Starts from the FRUS excerpt (the whole 1877 volume is too long for a mutation a millisecond) and small TEI files of both kinds kept beside this test.
 */
class TeiFormatFuzz {
  private static final TeiFormat FORMAT = new TeiFormat();

  @BeforeAll
  static void seed() {
    Hostile.seed(TeiFormatFuzz.class, "readsAnyXmlFileIntoRecordsOrProblems", List.of("samples/frus1964-68v22-excerpt.xml"));
  }

  @FuzzTest
  void readsAnyXmlFileIntoRecordsOrProblems(byte[] bytes) {
    var file = Hostile.file(bytes, "edition.xml");
    Hostile.refusesClearly(() -> FORMAT.read(file, "edition.xml", Hostile.records(), Hostile.problems()));
  }
}

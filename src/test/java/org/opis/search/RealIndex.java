package org.opis.search;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.opis.search.lucene.LuceneSearchIndex;

/** The real search index in tests, which skip until it is written. */
public final class RealIndex {
  private RealIndex() {}

  /**
   * Skips the test while {@link LuceneSearchIndex} is still the stub that throws; {@code scratch}
   * is a folder the check may create an index in.
   */
  public static void assumeWritten(Path scratch) {
    boolean written;
    try (LuceneSearchIndex index = LuceneSearchIndex.open(scratch)) {
      written = true;
    } catch (UnsupportedOperationException e) {
      written = false;
    }
    assumeTrue(written, "LuceneSearchIndex is not written yet");
  }
}

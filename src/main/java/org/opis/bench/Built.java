package org.opis.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * How the building of one index went.
 *
 * @param engine the engine's name
 * @param documents how many documents it indexed
 * @param nanos how long it took, from the first document read to the last change durable
 * @param bytes the size of the index on disk
 */
public record Built(String engine, long documents, long nanos, long bytes) {
  /** Documents indexed a second. */
  public double perSecond() {
    return nanos == 0 ? 0 : documents / (nanos / 1e9);
  }

  /** The bytes of every file under {@code folder}. */
  static long sizeOf(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> {
        try {
          return Files.size(f);
        } catch (IOException e) {
          return 0; // a file merged away while walking
        }
      }).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

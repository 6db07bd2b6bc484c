package org.opis.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.opis.problem.StorageException;

/**
 * What a finished step of an earlier run left in the work folder (an imported archive, a built
 * index), kept with {@code --keep}, and how long it took: a later run over the same corpus
 * reuses it, and reports the figures of the run that made it. At a million documents, importing
 * and indexing take most of an hour, and the queries a few minutes.
 *
 * @param corpus the name of the corpus folder it was made from ({@code corpus-N-seed-S})
 * @param documents how many documents it holds
 * @param nanos how long making it took
 */
record Kept(String corpus, long documents, long nanos) {
  /** What {@code folder} holds of {@code step} from an earlier run; empty when nothing, or something unfinished. */
  static Optional<Kept> in(Path folder, String step) {
    Path file = file(folder, step);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties read = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      read.load(in);
      return Optional.of(new Kept(read.getProperty("corpus", ""), Long.parseLong(read.getProperty("documents", "")),
          Long.parseLong(read.getProperty("nanos", ""))));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty(); // a file that cannot be read is something unfinished: made again
    }
  }

  /** Records in {@code folder} that it holds this {@code step}, finished. */
  void writeTo(Path folder, String step) {
    Path file = file(folder, step);
    Properties written = new Properties();
    written.setProperty("corpus", corpus);
    written.setProperty("documents", Long.toString(documents));
    written.setProperty("nanos", Long.toString(nanos));
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      written.store(out, "made by opis bench; removed, the next run makes it again");
    } catch (IOException e) {
      throw new StorageException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static Path file(Path folder, String step) {
    return folder.resolve("opis-bench-" + step + ".properties");
  }

  /** Whether it was made from this corpus folder. */
  boolean from(Path corpusFolder) {
    return corpus.equals(corpusFolder.getFileName().toString());
  }
}

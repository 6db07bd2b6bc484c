package org.opis.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.opis.generate.CorpusSummary;
import org.opis.generate.CorpusWriter;
import org.opis.generate.SyntheticCorpus;
import org.opis.problem.StorageException;

/**
 * A synthetic corpus kept as a folder of JSON Lines files, each about {@code partBytes} long,
 * as an archivist would keep a large collection: the authority records open the first file,
 * the documents follow in order. Each file is imported in its own transaction, so an import
 * of a million documents never holds all of them in one: SQLite keeps an open transaction in
 * its write-ahead log until it commits, and that log had grown to 18 GB a third of the way
 * through a million documents imported as one file.
 */
final class CorpusParts {
  private CorpusParts() {}

  /**
   * Writes documents 1 to {@code count} of the corpus of {@code seed} into {@code folder},
   * which must not exist, and returns the summary of all the parts.
   */
  static CorpusSummary write(Path folder, int count, long seed, long partBytes, IntConsumer progress) {
    try {
      Files.createDirectories(folder);
      try (Rolling out = new Rolling(folder, partBytes)) {
        return CorpusWriter.write(out, new SyntheticCorpus(seed), count, CorpusWriter.Marks.LEFT_TO_READER, progress);
      }
    } catch (IOException e) {
      throw new StorageException("cannot write the synthetic corpus to " + folder + ": " + e.getMessage(), e);
    }
  }

  /**
   * The corpus of {@code count} documents of {@code seed} in the work folder: written there
   * (under a temporary name, moved into place once whole) unless an earlier run left it.
   *
   * @param tell told, in a line, what was done and how long it took
   * @return the corpus folder
   */
  static Path in(Workspace workspace, int count, long seed, long partBytes, Progress progress, Consumer<String> tell) {
    Path folder = workspace.corpus(count, seed);
    if (Files.isDirectory(folder)) {
      tell.accept("reused the corpus " + folder);
      return folder;
    }
    Path partial = folder.resolveSibling(folder.getFileName() + ".part");
    Workspace.delete(partial);
    long start = System.nanoTime();
    CorpusSummary summary;
    try (Progress.Step step = progress.step("generating", "documents", count)) {
      summary = write(partial, count, seed, partBytes, step::update);
    }
    try {
      Files.move(partial, folder);
    } catch (IOException e) {
      throw new StorageException("cannot move the corpus to " + folder + ": " + e.getMessage(), e);
    }
    tell.accept(String.format("generated %,d documents (%,d bytes) in %,.1f s", summary.documents(), summary.bytes(),
        (System.nanoTime() - start) / 1e9));
    return folder;
  }

  /**
   * How many records (lines) the part file holds: the authority records and the documents.
   *
   * @throws StorageException when it cannot be read
   */
  static long records(Path part) {
    long lines = 0;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(part)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
      }
    } catch (IOException e) {
      throw new StorageException("cannot count the records of " + part + ": " + e.getMessage(), e);
    }
    return lines;
  }

  /** The part files of the corpus in {@code folder}, in order. */
  static List<Path> parts(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList();
    } catch (IOException e) {
      throw new StorageException("cannot list the corpus in " + folder + ": " + e.getMessage(), e);
    }
  }

  // a stream that begins a new file at the first line end past the size of a part
  private static final class Rolling extends OutputStream {
    private final Path folder;
    private final long partBytes;
    private OutputStream current;
    private long written;
    private int number;

    Rolling(Path folder, long partBytes) {
      this.folder = folder;
      this.partBytes = partBytes;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      int end = off + len;
      while (off < end) {
        if (current == null) {
          current = Files.newOutputStream(folder.resolve(String.format("part-%04d.jsonl", ++number)));
          written = 0;
        }
        int stop = off;
        while (stop < end && (written + stop - off < partBytes || b[stop] != '\n')) {
          stop++;
        }
        boolean lineEnds = stop < end;
        int upTo = lineEnds ? stop + 1 : end;
        current.write(b, off, upTo - off);
        written += upTo - off;
        off = upTo;
        if (lineEnds) {
          current.close();
          current = null;
        }
      }
    }

    @Override
    public void close() throws IOException {
      if (current != null) {
        current.close();
        current = null;
      }
    }
  }
}

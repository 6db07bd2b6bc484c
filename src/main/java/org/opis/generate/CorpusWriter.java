package org.opis.generate;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.IntConsumer;
import org.opis.canonical.CanonicalJson;
import org.opis.canonical.Entry;
import org.opis.problem.InvalidInputException;
import org.opis.problem.StorageException;
import org.opis.record.Document;

/**
 * Writes a synthetic corpus as canonical JSON Lines: one authority record per line for every
 * person, organisation and place, then documents 1 to N, one per line. Documents are written as
 * they are made, so a corpus of any size needs the memory of one document.
 */
public final class CorpusWriter {
  /** How often progress is reported, in documents. */
  public static final int PROGRESS_EVERY = 1_000;

  /** Whether the file lists the editorial marks of each text. */
  public enum Marks {
    /**
     * The texts carry no "marks": canonical JSON's reader works them out from the brackets with
     * {@link org.opis.marks.MarkReader}, exactly as the generator would, so the records read
     * back are the same, and the file is written about three times faster.
     */
    LEFT_TO_READER,
    /** Every text lists its marks, as an export of the catalog would. */
    WRITTEN
  }

  private CorpusWriter() {}

  /**
   * Writes the first {@code count} documents of the corpus of {@code seed} to {@code file},
   * replacing it. The file appears whole or not at all: it is written beside its final name and
   * moved there when complete.
   *
   * @param progress told the number of documents written, after every {@value #PROGRESS_EVERY}
   *     and at the end
   * @throws InvalidInputException when {@code count} is negative
   * @throws StorageException when the file cannot be written
   */
  public static CorpusSummary write(Path file, int count, long seed, IntConsumer progress) {
    return write(file, new SyntheticCorpus(seed), count, Marks.LEFT_TO_READER, progress);
  }

  /**
   * As {@link #write(Path, int, long, IntConsumer)}, for a corpus of other text sizes, saying
   * whether the file lists the editorial marks ({@link Marks#LEFT_TO_READER} unless asked).
   */
  public static CorpusSummary write(Path file, SyntheticCorpus corpus, int count, Marks marks, IntConsumer progress) {
    requireCount(count);
    Path partial = file.resolveSibling(file.getFileName() + ".part");
    try {
      CorpusSummary summary;
      try (OutputStream out = Files.newOutputStream(partial)) {
        summary = write(out, corpus, count, marks, progress);
      }
      try {
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
      }
      return summary;
    } catch (IOException e) {
      try {
        Files.deleteIfExists(partial);
      } catch (IOException ignored) {
        // the first failure is the one to report
      }
      throw new StorageException("cannot write the synthetic corpus to " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes the corpus to a stream (standard output, a pipe), leaving it open.
   *
   * @throws InvalidInputException when {@code count} is negative
   * @throws IOException when the stream fails
   */
  public static CorpusSummary write(
      OutputStream stream, SyntheticCorpus corpus, int count, Marks marks, IntConsumer progress) throws IOException {
    requireCount(count);
    Counting counted = new Counting(stream);
    // String.getBytes is several times faster than an OutputStreamWriter's encoder
    OutputStream out = new BufferedOutputStream(counted, 1 << 16);
    int authorities = 0;
    for (Entry entry : corpus.authorities()) {
      out.write(line(entry).getBytes(StandardCharsets.UTF_8));
      out.write('\n');
      authorities++;
    }
    for (int number = 1; number <= count; number++) {
      Document document = corpus.document(number, marks == Marks.WRITTEN);
      out.write(json(document, marks).getBytes(StandardCharsets.UTF_8));
      out.write('\n');
      if (number % PROGRESS_EVERY == 0) {
        progress.accept(number);
      }
    }
    out.flush();
    if (count % PROGRESS_EVERY != 0) {
      progress.accept(count);
    }
    return new CorpusSummary(authorities, count, counted.bytes);
  }

  // left to the reader, a text has no "marks" at all: the writer would say "marks": [] of a text
  // without marks whose brackets suggest some, which is what the generator's texts are
  private static String json(Document document, Marks marks) {
    if (marks == Marks.WRITTEN) {
      return CanonicalJson.write(document);
    }
    com.fasterxml.jackson.databind.node.ObjectNode tree = CanonicalJson.tree(document);
    tree.path("texts").forEach(t -> ((com.fasterxml.jackson.databind.node.ObjectNode) t).remove("marks"));
    return CanonicalJson.compact(tree);
  }

  private static void requireCount(int count) {
    if (count < 0) {
      throw new InvalidInputException("cannot generate " + count + " documents: give a number of 0 or more");
    }
  }

  private static String line(Entry entry) {
    if (entry instanceof Entry.OfAgent a) {
      return CanonicalJson.write(a.agent());
    } else if (entry instanceof Entry.OfPlace p) {
      return CanonicalJson.write(p.place());
    }
    return CanonicalJson.write(((Entry.OfDocument) entry).document());
  }

  // counts the bytes that reach the stream, without closing it
  private static final class Counting extends FilterOutputStream {
    long bytes;

    Counting(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      bytes += len;
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}

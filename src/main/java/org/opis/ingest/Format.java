package org.opis.ingest;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.opis.canonical.Entry;
import org.opis.problem.Problem;

/**
 * A file format Opis imports. A format reads a whole file, handing over each record it can read
 * and reporting each problem it finds, so that one pass tells a person everything wrong with a
 * file; the importer decides what to do with the file as a whole.
 */
public interface Format {

  /** The name used with {@code opis import --format} ("json", "csv", "page-text"). */
  String name();

  /**
   * Whether a file looks like this format, judged by its name and its first bytes (up to 8 KB,
   * fewer for a short file). Formats are asked in a fixed order; the first to say yes reads.
   */
  boolean recognises(String fileName, byte[] head);

  /**
   * Reads every record in {@code file}.
   *
   * @param file the file to read
   * @param name the name to use for the file in problems (usually its file name)
   * @param records receives each record read, in file order
   * @param problems receives each problem, with file, line or JSON pointer, and field
   */
  void read(Path file, String name, Consumer<Entry> records, Consumer<Problem> problems);
}

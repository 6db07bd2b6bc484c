package org.opis.tei;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.opis.catalog.Catalog;
import org.opis.record.Document;

/**
 * Writes every document of the catalog as a TEI file of its own, {@code ID.xml} in one folder:
 * a folder of files rather than one {@code teiCorpus}, because TEI tools, editors and
 * repositories (and {@code opis import}) take one document a file, and a file can be opened,
 * validated or replaced alone.
 */
public final class TeiExport {
  private TeiExport() {}

  /**
   * Writes each document, public or not, into {@code folder}.
   *
   * @param baseUrl the archive's public address, for each document's permalink; empty to leave it out
   * @return how many files were written
   */
  public static int write(Catalog catalog, Path folder, String archive, Optional<String> baseUrl, IntConsumer progress) {
    int[] count = {0};
    catalog.forEachDocument(d -> {
      Path file = folder.resolve(d.requireId().value() + ".xml");
      try {
        Files.writeString(file, TeiWriter.write(d, archive, permalink(d, baseUrl), catalog), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if ((++count[0] & 255) == 0) {
        progress.accept(count[0]);
      }
    });
    return count[0];
  }

  /** The document's permanent address under the archive's public one; empty without one. */
  public static Optional<String> permalink(Document d, Optional<String> baseUrl) {
    return baseUrl.map(b -> b.replaceAll("/+$", "") + "/documents/" + d.requireId().value());
  }
}

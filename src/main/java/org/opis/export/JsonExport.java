package org.opis.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.IntConsumer;
import org.opis.canonical.CanonicalJson;
import org.opis.catalog.Catalog;
import org.opis.catalog.CollectionDescription;
import org.opis.catalog.Merged;

/** Writes the whole catalog as canonical JSON Lines: a portable backup that an import takes back. */
public final class JsonExport {
  private JsonExport() {}

  /**
   * Writes every authority record, every merge, every document, public or not, and every
   * collection's description, one record a line: each after the records it names, so that an
   * import into an empty archive reads them in order.
   *
   * @param progress told the number of records written so far, now and then
   * @return how many records were written
   */
  public static int write(Catalog catalog, OutputStream out, IntConsumer progress) {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    int[] count = {0};
    try {
      catalog.forEachAgent(a -> line(w, CanonicalJson.write(a), count, progress));
      catalog.forEachPlace(p -> line(w, CanonicalJson.write(p), count, progress));
      for (Merged m : catalog.merges()) {
        line(w, CanonicalJson.write(m), count, progress);
      }
      catalog.forEachDocument(d -> line(w, CanonicalJson.write(d), count, progress));
      for (CollectionDescription c : catalog.descriptions()) {
        line(w, CanonicalJson.write(c), count, progress);
      }
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return count[0];
  }

  private static void line(Writer w, String json, int[] count, IntConsumer progress) {
    try {
      w.write(json);
      w.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if ((++count[0] & 1023) == 0) {
      progress.accept(count[0]);
    }
  }
}

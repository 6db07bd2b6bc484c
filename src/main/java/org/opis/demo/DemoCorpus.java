package org.opis.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.IntConsumer;
import org.opis.canonical.Entry;
import org.opis.catalog.Catalog;
import org.opis.catalog.Change;
import org.opis.generate.SyntheticCorpus;
import org.opis.ingest.pagetext.PageTextReader;

/** Fills an archive with the demo corpus. */
public final class DemoCorpus {
  /** The real document of the demo, as scraped from the Digital Archive. */
  static final String SEED_PAGE = "wilson-center-telegram-1920-11-16.txt";
  /** The seed of the synthetic part, so every demo shows the same documents. */
  public static final long SEED = 1920;

  private DemoCorpus() {}

  /**
   * Saves the real document and {@code count} synthetic ones, with the authority records they
   * name, in one transaction.
   *
   * @param progress told the number of documents saved so far, now and then
   * @return how many documents the archive received
   */
  public static int fill(Catalog catalog, int count, IntConsumer progress) {
    SyntheticCorpus corpus = new SyntheticCorpus(SEED);
    return catalog.write(Change.by("demo", "the demo corpus"), writer -> {
      writer.save(PageTextReader.read(seedPage(), SEED_PAGE));
      for (Entry entry : corpus.authorities()) {
        if (entry instanceof Entry.OfAgent a) {
          writer.save(a.agent());
        } else if (entry instanceof Entry.OfPlace p) {
          writer.save(p.place());
        }
      }
      for (int n = 1; n <= count; n++) {
        writer.save(corpus.document(n));
        if (n % 100 == 0) {
          progress.accept(n);
        }
      }
      return count + 1;
    });
  }

  private static String seedPage() {
    try (InputStream in = DemoCorpus.class.getResourceAsStream(SEED_PAGE)) {
      if (in == null) {
        throw new IllegalStateException("the demo page " + SEED_PAGE + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

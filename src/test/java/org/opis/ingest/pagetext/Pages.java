package org.opis.ingest.pagetext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.opis.record.Document;

/** The pages the tests read: the real seed page in the shared folder, and our own made-up pages. */
final class Pages {
  static final String SEED = "wilson-center-telegram-1920-11-16.txt";

  private Pages() {}

  /** The real seed page, read through the {@code opis.shared} system property. */
  static Path seedFile() {
    return Path.of(System.getProperty("opis.shared"), "seed", SEED);
  }

  static String seed() {
    try {
      return Files.readString(seedFile(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One of our test pages under {@code src/test/resources/pagetext/}. */
  static String ours(String name) {
    try (InputStream in = Pages.class.getResourceAsStream("/pagetext/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test page " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Document readOurs(String name) {
    return PageTextReader.read(ours(name), name);
  }
}

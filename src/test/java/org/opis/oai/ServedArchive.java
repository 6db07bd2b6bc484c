package org.opis.oai;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;

/**
 * The harvest test archive ({@link OaiArchive}) served once for every test class that extends
 * this and only reads from it, as long as the tests run: building it saves 250 documents.
 */
abstract class ServedArchive {
  private static OaiArchive archive;
  static String base;

  @BeforeAll
  static synchronized void serve() {
    if (archive != null) {
      return;
    }
    try {
      Path folder = Files.createTempDirectory("opis-oai");
      archive = OaiArchive.open(folder);
      base = archive.serve().url();
      Runtime.getRuntime().addShutdownHook(new Thread(archive::close));
    } catch (IOException e) {
      throw new UncheckedIOException("could not make a folder for the harvest test archive", e);
    }
  }
}

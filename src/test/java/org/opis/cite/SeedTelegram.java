package org.opis.cite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.opis.ingest.pagetext.PageTextReader;
import org.opis.record.Document;
import org.opis.record.DocumentId;

/** The seed telegram, read from the real page in the shared folder, as the tests cite it. */
final class SeedTelegram {
  static final String PERMALINK = "https://archive.example.org/documents/1";
  static final Edition EDITION = new Edition("Wilson Center Digital Archive", PERMALINK, LocalDate.of(2026, 11, 27));

  private SeedTelegram() {}

  static Document document() {
    Path page = Path.of(System.getProperty("opis.shared"), "seed", "wilson-center-telegram-1920-11-16.txt");
    try {
      return PageTextReader.read(Files.readString(page, StandardCharsets.UTF_8), page.getFileName().toString())
          .toBuilder().id(new DocumentId("1")).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Citable citable() {
    return Citable.of(document(), EDITION);
  }
}

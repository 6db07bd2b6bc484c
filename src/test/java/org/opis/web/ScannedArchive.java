package org.opis.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.opis.files.ScanFiles;
import org.opis.ingest.ImportReport;
import org.opis.wiring.ArchiveSettings;

/**
 * A reading room over a real archive (SQLite catalog, OCFL store) whose documents came with
 * scans made in the test, imported as a person would: document 1 with a JPEG, a PNG and a
 * TIFF page under a Creative Commons licence, document 2 with a two-page PDF, document 3
 * restricted and document 4 embargoed, each with a scan, document 5 without any, and document 6
 * with a two-page TIFF.
 */
final class ScannedArchive implements AutoCloseable {
  static final int JPEG_WIDTH = 1200;
  static final int JPEG_HEIGHT = 1600;

  final org.opis.wiring.Archive archive;
  final ReadingRoom room;

  private ScannedArchive(org.opis.wiring.Archive archive, ReadingRoom room) {
    this.archive = archive;
    this.room = room;
  }

  static ScannedArchive open(Path dir) throws Exception {
    ScanFiles.write(dir, "scans/p1.jpg", ScanFiles.image("jpeg", JPEG_WIDTH, JPEG_HEIGHT));
    ScanFiles.write(dir, "scans/p2.png", ScanFiles.image("png", 300, 200));
    ScanFiles.write(dir, "scans/p3.tif", ScanFiles.image("tiff", 100, 100));
    ScanFiles.write(dir, "scans/minutes.pdf", ScanFiles.pdf(2));
    ScanFiles.write(dir, "scans/secret.png", ScanFiles.image("png", 50, 50));
    ScanFiles.write(dir, "scans/letter.tiff", ScanFiles.tiffPages(300, 200));
    Path records = dir.resolve("records.jsonl");
    Files.writeString(records, String.join("\n",
        "{\"id\": \"1\", \"title\": \"Telegram, Stalin to Lenin\", \"type\": \"telegram\", \"date\": \"November 16, 1920\","
            + " \"creators\": [\"Stalin\"], \"recipients\": [\"Lenin\"], \"summary\": \"Stalin on Persia.\","
            + " \"sources\": [\"RGASPI, f. 558, op. 11, d. 317, ll. 1-3\"], \"languages\": [\"ru\"],"
            + " \"texts\": [{\"kind\": \"translation\", \"language\": \"en\", \"translators\": [\"Gary Goldberg\"],"
            + " \"body\": \"Matters in Persia.\"}],"
            + " \"rights\": {\"statement\": \"Reuse with attribution.\", \"uri\": \"https://creativecommons.org/licenses/by/4.0/\"},"
            + " \"attachments\": [{\"file\": \"scans/p1.jpg\", \"label\": \"first page\"}, \"scans/p2.png\", \"scans/p3.tif\"]}",
        "{\"id\": \"2\", \"title\": \"Minutes in a PDF\", \"attachments\": [\"scans/minutes.pdf\"],"
            + " \"rights\": {\"statement\": \"In copyright.\", \"uri\": \"http://rightsstatements.org/page/InC/1.0/?language=en\"}}",
        "{\"id\": \"3\", \"title\": \"Restricted memorandum\", \"visibility\": \"restricted\", \"attachments\": [\"scans/secret.png\"]}",
        "{\"id\": \"4\", \"title\": \"Embargoed report\", \"visibility\": {\"access\": \"embargoed\", \"until\": \"2999-01-01\"},"
            + " \"attachments\": [\"scans/secret.png\"]}",
        "{\"id\": \"5\", \"title\": \"A note without scans\"}",
        "{\"id\": \"6\", \"title\": \"A letter in a multi-page TIFF\", \"attachments\": [\"scans/letter.tiff\"]}"));
    org.opis.wiring.Archive archive = org.opis.wiring.Archive.open(new ArchiveSettings(dir.resolve("data"), Optional.empty()),
        java.time.Clock.systemUTC());
    ImportReport report = archive.importer().importFile(records, "records.jsonl", Optional.empty(), "test", n -> { });
    if (report.outcome() != ImportReport.Outcome.IMPORTED) {
      throw new IllegalStateException(report.summary());
    }
    ReadingRoom room = ReadingRoom.start(ReadingRoomSettings.defaults(), archive.catalog(), archive.index(),
        Optional.of(archive.pictures()), archive.clock());
    return new ScannedArchive(archive, room);
  }

  String url() {
    return room.url();
  }

  @Override
  public void close() {
    room.close();
    archive.close();
  }

  static List<String> publicIds() {
    return List.of("1", "2", "5", "6");
  }
}

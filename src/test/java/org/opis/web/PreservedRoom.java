package org.opis.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.opis.account.Role;
import org.opis.files.OcflFiles;
import org.opis.files.ScanFiles;
import org.opis.ingest.ImportReport;
import org.opis.preserve.Preservation;
import org.opis.wiring.ArchiveSettings;

/**
 * A reading room over a real archive (SQLite, OCFL) whose files a test may damage on disk:
 * document 1 with a JPEG and a PNG scan, document 2 with a two-page PDF, each imported as a
 * person would; a reader (rita), an editor (anna) and an administrator (olga); and the fixity
 * checks and their log, as a server has them.
 */
final class PreservedRoom implements AutoCloseable {
  static final String PASSWORD = "Vladikavkaz, 16 November";

  final org.opis.wiring.Archive archive;
  final ReadingRoom room;
  private final Path ocfl;

  private PreservedRoom(org.opis.wiring.Archive archive, ReadingRoom room, Path ocfl) {
    this.archive = archive;
    this.room = room;
    this.ocfl = ocfl;
  }

  static PreservedRoom open(Path dir) throws Exception {
    ScanFiles.write(dir, "scans/p1.jpg", ScanFiles.image("jpeg", 600, 800));
    ScanFiles.write(dir, "scans/p2.png", ScanFiles.image("png", 300, 200));
    ScanFiles.write(dir, "scans/minutes.pdf", ScanFiles.pdf(2));
    Path records = dir.resolve("records.jsonl");
    Files.writeString(records, String.join("\n",
        "{\"id\": \"1\", \"title\": \"Telegram, Stalin to Lenin\", \"attachments\": [\"scans/p1.jpg\", \"scans/p2.png\"]}",
        "{\"id\": \"2\", \"title\": \"Minutes in a PDF\", \"attachments\": [\"scans/minutes.pdf\"]}"));
    Path data = dir.resolve("data");
    org.opis.wiring.Archive archive = org.opis.wiring.Archive.open(new ArchiveSettings(data, Optional.empty()),
        Clock.systemUTC());
    ImportReport report = archive.importer().importFile(records, "records.jsonl", Optional.empty(), "test", n -> { });
    if (report.outcome() != ImportReport.Outcome.IMPORTED) {
      throw new IllegalStateException(report.summary());
    }
    archive.gate().addAccount("rita", "Rita", Role.READER, PASSWORD);
    archive.gate().addAccount("anna", "Anna", Role.EDITOR, PASSWORD);
    archive.gate().addAccount("olga", "Olga", Role.ADMINISTRATOR, PASSWORD);
    ReadingRoom room = ReadingRoom.start(ReadingRoomSettings.defaults(), archive.catalog(), archive.index(),
        archive.gate(), Optional.of(archive.pictures()), Optional.of(archive.originals()),
        Optional.of(new Preservation(archive.fixity(), archive.fixityLog())), archive.clock());
    return new PreservedRoom(archive, room, data.resolve("ocfl"));
  }

  /** The file of document {@code id} called {@code name}, where the OCFL store keeps it on disk. */
  Path kept(String id, String name) {
    return OcflFiles.kept(ocfl, "opis:documents/" + id, name);
  }

  /** A browser signed in as one of the accounts. */
  Browser signedIn(String name) {
    Browser b = new Browser(room);
    if (b.signIn(name, PASSWORD).status() != 303) {
      throw new IllegalStateException(name + " could not sign in");
    }
    return b;
  }

  @Override
  public void close() {
    room.close();
    archive.close();
  }
}

package org.opis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.opis.catalog.Viewer;
import org.opis.files.ScanFiles;
import org.opis.wiring.Archive;
import org.opis.wiring.ArchiveSettings;

/**
 * An archive to make bags of, from the real documents in ../shared (the seed telegram and the
 * FRUS Iran volume, with its persons and terms) and scans made in the test (no scan is among the
 * shared fixtures): a JPEG, a two-page TIFF and a PDF with a letter, a PNG attached to the telegram.
 */
final class Bags {
  static final Path IRAN = TeiCommandsTest.IRAN;

  private Bags() {}

  static void fill(Path data, Path work) throws IOException {
    ScanFiles.write(work, "scans/p1.jpg", ScanFiles.image("jpeg", 300, 400));
    ScanFiles.write(work, "scans/p2.tiff", ScanFiles.tiffPages(40, 60));
    ScanFiles.write(work, "scans/letter.pdf", ScanFiles.pdf(2));
    Path letter = Files.writeString(work.resolve("letter.json"), "{\"title\": \"Letter of the Shah to President "
        + "Johnson\", \"type\": \"letter\", \"date\": \"January 1964\", \"collections\": [\"Letters of the Shah\"], "
        + "\"mentions\": {\"places\": [\"Tehran\"]}, \"visibility\": \"restricted\", "
        + "\"attachments\": [\"scans/p1.jpg\", {\"file\": \"scans/p2.tiff\", \"label\": \"verso\"}, \"scans/letter.pdf\"]}",
        StandardCharsets.UTF_8);
    ok(Console.run("import", "--data", data.toString(), ImportCommandTest.SEED.toString(), IRAN.toString(),
        letter.toString()));
    Path png = ScanFiles.write(work, "p1.png", ScanFiles.image("png", 120, 80));
    ok(Console.run("attach", "--data", data.toString(), "1", png.toString()));
  }

  static Console ok(Console c) {
    assertThat(c.exit()).as(c.out() + c.err()).isZero();
    return c;
  }

  static Archive open(Path data) {
    return Archive.open(new ArchiveSettings(data, Optional.empty()), Clock.systemUTC());
  }

  /** How many documents the archive holds and how many have originals kept: 0 and 0 after a refused import. */
  static long[] held(Path data) {
    try (Archive a = open(data)) {
      return new long[] {a.catalog().holdings(Viewer.editorOn(LocalDate.now())).documents(), a.files().documents().size()};
    }
  }

  /** Copies a folder's files to the same places below {@code to}, over any already there. */
  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        Path copy = to.resolve(from.relativize(p).toString());
        Files.createDirectories(copy.getParent());
        Files.copy(p, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /** The bag's folder zipped, its files under one top folder as BagIt tools write them. */
  static Path zip(Path bag, Path zip) throws IOException {
    try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file);
        Stream<Path> walk = Files.walk(bag)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
        out.putNextEntry(new ZipEntry("bag/" + bag.relativize(p).toString().replace('\\', '/')));
        Files.copy(p, out);
        out.closeEntry();
      }
    }
    return zip;
  }
}

package org.opis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opis.files.ScanFiles;
import org.opis.record.DocumentId;
import org.opis.wiring.Archive;
import org.opis.wiring.ArchiveSettings;

/**
 * File names and paths chosen to escape the archive's store or to pass for another file, given
 * by every way a file can be named on the command line: a JSON record's {@code attachments}, a
 * spreadsheet's {@code scans}, and {@code opis attach}. Each is refused, naming the file and the
 * reason; the whole file is rejected and nothing is kept.
 */
class HostileFileNamesTest {
  @TempDir Path dir;

  private Path data() {
    return dir.resolve("data");
  }

  private List<String> kept(String id) {
    try (Archive a = Archive.open(new ArchiveSettings(data(), Optional.empty()), Clock.systemUTC())) {
      return a.files().names(new DocumentId(id));
    }
  }

  private boolean storeHoldsAnything() throws Exception {
    Path ocfl = data().resolve("ocfl");
    if (!Files.isDirectory(ocfl)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(ocfl)) {
      return files.anyMatch(p -> p.getFileName().toString().endsWith(".jpg"));
    }
  }

  // a real scan outside the record's folder, which the hostile paths point at
  private void scanOutside() {
    ScanFiles.write(dir, "outside/secret.jpg", ScanFiles.image("jpeg", 40, 30));
    ScanFiles.write(dir, "records/scans/p1.jpg", ScanFiles.image("jpeg", 40, 30));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"../outside/secret.jpg", "scans/../../outside/secret.jpg", "ABSOLUTE", "C:/outside/secret.jpg",
      "..\\outside\\secret.jpg", "scans\\p1.jpg", "scans/p1\u0000.jpg", "scans/p1\n.jpg", "..\u2215outside\u2215secret.jpg",
      "..\uFF0Foutside\uFF0Fsecret.jpg", "\u2024\u2024/outside/secret.jpg", "\u2025/outside/secret.jpg", ".", "..",
      "scans/\u202Egpj.jpg", "LONG"})
  void aJsonRecordNamingAFileOutsideItsFolderOrByAHostileNameIsRejected(String path) throws Exception {
    scanOutside();
    String named = path.equals("ABSOLUTE") ? dir.resolve("outside/secret.jpg").toString()
        : path.equals("LONG") ? "scans/" + "p".repeat(300) + ".jpg" : path;
    Path record = Files.writeString(dir.resolve("records/letter.json"), "{\"title\": \"A letter\", \"attachments\": ["
        + "\"scans/p1.jpg\", " + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(named) + "]}",
        StandardCharsets.UTF_8);

    Console c = Console.run("import", "--data", data().toString(), record.toString());

    assertThat(c.exit()).as(c.out() + c.err()).isEqualTo(3);
    assertThat(c.out()).startsWith(record + ": rejected: " + record + ", at /attachments/1: the attachment ")
        .containsAnyOf("leads out of the record's folder", "is an absolute path", "is a path", "control or invisible",
            "look like / \\ : or dots", "looks like a / \\ or :", "bytes long", "has a part \"\"", "holds a \\",
            "names a folder");
    assertThat(storeHoldsAnything()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"../outside/secret.jpg", "ABSOLUTE", "..\\outside\\secret.jpg", "..\u2215outside\u2215secret.jpg",
      "\u2025/outside/secret.jpg"})
  void aSpreadsheetNamingAFileOutsideItsFolderIsRejected(String path) throws Exception {
    scanOutside();
    String named = path.equals("ABSOLUTE") ? dir.resolve("outside/secret.jpg").toString() : path;
    Path sheet = Files.writeString(dir.resolve("records/minutes.csv"), "title,scans\nMinutes,scans/p1.jpg|" + named + "\n",
        StandardCharsets.UTF_8);

    Console c = Console.run("import", "--data", data().toString(), sheet.toString());

    assertThat(c.exit()).as(c.out() + c.err()).isEqualTo(3);
    assertThat(c.out()).startsWith(sheet + ": rejected: " + sheet).contains("column \"scans\"");
    assertThat(storeHoldsAnything()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"a\\b.jpg", "p\u0001.jpg", "p\n1.jpg", "scans\u2215p1.jpg", "scans\u2044p1.jpg", "p1.jpg ",
      "CON.jpg", "\u2025.jpg", "gpj.\u202Eexe.jpg", "p1\u200B.jpg", ".hidden.jpg", "C:p1.jpg"})
  void opisAttachRefusesAFileWhoseNameCouldPassForAnotherOrAPath(String name) throws Exception {
    Path record = Files.writeString(dir.resolve("letter.json"), "{\"title\": \"A letter\"}", StandardCharsets.UTF_8);
    assertThat(Console.run("import", "--data", data().toString(), record.toString()).exit()).isZero();
    Path good = ScanFiles.write(dir, "p0.jpg", ScanFiles.image("jpeg", 40, 30));
    Path bad = ScanFiles.write(dir.resolve("hostile"), name, ScanFiles.image("jpeg", 40, 30));

    Console c = Console.run("attach", "--data", data().toString(), "1", good.toString(), bad.toString());

    assertThat(c.exit()).as(c.out() + c.err()).isEqualTo(3);
    assertThat(c.err()).startsWith("opis attach: " + bad + ": \"");
    assertThat(kept("1")).isEmpty();
  }

  @Test
  void opisAttachKeepsADecomposedNameComposedAndRefusesANameDifferingOnlyInCase() throws Exception {
    Path record = Files.writeString(dir.resolve("letter.json"), "{\"title\": \"A letter\"}", StandardCharsets.UTF_8);
    assertThat(Console.run("import", "--data", data().toString(), record.toString()).exit()).isZero();
    Path decomposed = ScanFiles.write(dir, "Pe\u0301ch.jpg", ScanFiles.image("jpeg", 40, 30));
    Console first = Console.run("attach", "--data", data().toString(), "1", decomposed.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    Path cased = ScanFiles.write(dir, "P\u00c9CH.jpg", ScanFiles.image("jpeg", 40, 30));

    Console c = Console.run("attach", "--data", data().toString(), "1", cased.toString());

    assertThat(kept("1")).containsExactly("P\u00e9ch.jpg");
    assertThat(c.exit()).isEqualTo(3);
    assertThat(c.err()).isEqualTo("opis attach: " + cased + ": \"P\u00c9CH.jpg\" differs from \"P\u00e9ch.jpg\" only in "
        + "case or in look-alike characters; give it the same name to replace that file, or another name\n");
  }
}

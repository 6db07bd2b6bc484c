package org.opis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.files.ScanFiles;
import org.opis.record.DocumentId;
import org.opis.wiring.Archive;
import org.opis.wiring.ArchiveSettings;

/** Scans and PDFs arriving with imported records, and by {@code opis attach}. */
class ImportOriginalsTest {
  @TempDir Path dir;

  private Path data() {
    return dir.resolve("data");
  }

  private Path file(String name, String content) throws Exception {
    Path f = dir.resolve(name);
    Files.createDirectories(f.getParent());
    return Files.writeString(f, content, StandardCharsets.UTF_8);
  }

  private JsonNode exported() throws Exception {
    Path out = dir.resolve("export.jsonl");
    Console c = Console.run("export", "--data", data().toString(), out.toString());
    assertThat(c.exit()).as(c.err()).isZero();
    return new ObjectMapper().readTree("[" + String.join(",", Files.readAllLines(out)) + "]");
  }

  private java.util.List<String> kept(String id) {
    try (Archive a = Archive.open(new ArchiveSettings(data(), Optional.empty()), Clock.systemUTC())) {
      return a.files().names(new DocumentId(id));
    }
  }

  @Test
  void keepsTheScansOfADocumentWhenASpreadsheetWithoutThemCorrectsItsTitle() throws Exception {
    ScanFiles.write(dir, "scans/p1.png", ScanFiles.image("png", 200, 300));
    Path record = file("l1.json", "{\"id\": \"L1\", \"title\": \"Letter L1\", \"attachments\": [\"scans/p1.png\"]}");
    Path sheet = file("l1.csv", "id,title\nL1,Letter L1 corrected title\n");
    assertThat(Console.run("import", "--data", data().toString(), record.toString()).exit()).isZero();

    Console corrected = Console.run("import", "--data", data().toString(), sheet.toString());

    assertThat(corrected.out()).as(corrected.err()).isEqualTo(sheet + ": imported 1 document (1 updated)\n");
    JsonNode document = exported().get(0);
    assertThat(document.get("title").asText()).isEqualTo("Letter L1 corrected title");
    assertThat(document.get("attachments").get(0).get("name").asText()).isEqualTo("p1.png");
    Console fixity = Console.run("fixity", "--data", data().toString());
    assertThat(fixity.exit()).as(fixity.out() + fixity.err()).isZero();
  }

  @Test
  void refusesAnExportDescribingScansTheNewArchiveDoesNotHoldUntilItsStoreIsCopied() throws Exception {
    ScanFiles.write(dir, "scans/p1.png", ScanFiles.image("png", 200, 300));
    Path record = file("r.json", "{\"id\": \"1\", \"title\": \"With scan\", \"attachments\": [\"scans/p1.png\"]}");
    assertThat(Console.run("import", "--data", data().toString(), record.toString()).exit()).isZero();
    Path export = dir.resolve("export.jsonl");
    assertThat(Console.run("export", "--data", data().toString(), export.toString()).exit()).isZero();
    Path fresh = dir.resolve("fresh");

    Console refused = Console.run("import", "--data", fresh.toString(), export.toString());

    assertThat(refused.exit()).as(refused.err()).isEqualTo(ExitCodes.REJECTED);
    assertThat(refused.out() + refused.err()).contains("export.jsonl, record 1").contains("/attachments/0")
        .contains("\"p1.png\" is described as kept").contains("copy the ocfl folder");
    assertThat(Console.run("export", "--data", fresh.toString(), "-").out()).doesNotContain("With scan");

    Bags.copy(data().resolve("ocfl"), fresh.resolve("ocfl"));
    Console restored = Console.run("import", "--data", fresh.toString(), export.toString());
    assertThat(restored.exit()).as(restored.err()).isZero();
    Console fixity = Console.run("fixity", "--data", fresh.toString());
    assertThat(fixity.exit()).as(fixity.out() + fixity.err()).isZero();
  }

  @Test
  void attachesTheScansAJsonRecordNamesAndKeepsThemInTheStore() throws Exception {
    ScanFiles.write(dir, "scans/p1.jpg", ScanFiles.image("jpeg", 300, 400));
    ScanFiles.write(dir, "scans/p2.tiff", ScanFiles.image("tiff", 30, 40));
    Path record = file("letter.json", "{\"title\": \"A letter\", \"attachments\": [\"scans/p1.jpg\", "
        + "{\"file\": \"scans/p2.tiff\", \"label\": \"verso\"}]}");

    Console c = Console.run("import", "--data", data().toString(), record.toString());

    assertThat(c.out()).as(c.err()).isEqualTo(record + ": imported 1 document (1 new)\n");
    JsonNode attachments = exported().get(0).get("attachments");
    assertThat(attachments).hasSize(2);
    assertThat(attachments.get(0).get("name").asText()).isEqualTo("p1.jpg");
    assertThat(attachments.get(0).get("mediaType").asText()).isEqualTo("image/jpeg");
    assertThat(attachments.get(0).get("sha512").asText()).hasSize(128);
    assertThat(attachments.get(0).get("pages").toString()).isEqualTo("[{\"width\":300,\"height\":400}]");
    assertThat(attachments.get(1).get("label").asText()).isEqualTo("verso");
    assertThat(kept("1")).containsExactly("p1.jpg", "p2.tiff");
  }

  @Test
  void attachesTheFilesOfTheFolderBesideACsvAndTheScansColumn() throws Exception {
    ScanFiles.write(dir, "minutes/a.pdf", ScanFiles.pdf(2));
    ScanFiles.write(dir, "other/p1.png", ScanFiles.image("png", 20, 20));
    Path sheet = file("minutes.csv", "title,scans\nMinutes of the meeting,other/p1.png\n");

    Console c = Console.run("import", "--data", data().toString(), dir.toString());

    assertThat(c.out()).as(c.err()).contains(sheet + ": imported 1 document (1 new)")
        .doesNotContain("a.pdf");
    JsonNode attachments = exported().get(0).get("attachments");
    assertThat(attachments).extracting(a -> a.get("name").asText()).containsExactly("p1.png", "a.pdf");
    assertThat(attachments.get(1).get("pages")).hasSize(2);
    assertThat(kept("1")).containsExactly("a.pdf", "p1.png");
  }

  @Test
  void givesEachDocumentOfAFileTheFolderNamedByItsId() throws Exception {
    ScanFiles.write(dir, "letters/10/a.png", ScanFiles.image("png", 20, 20));
    ScanFiles.write(dir, "letters/11/b.png", ScanFiles.image("png", 30, 20));
    Path record = file("letters.jsonl", "{\"id\": \"10\", \"title\": \"One\"}\n{\"id\": \"11\", \"title\": \"Two\"}\n");

    Console c = Console.run("import", "--data", data().toString(), record.toString());

    assertThat(c.out()).as(c.err()).isEqualTo(record + ": imported 2 documents (2 new)\n");
    assertThat(kept("10")).containsExactly("a.png");
    assertThat(kept("11")).containsExactly("b.png");
  }

  @Test
  void rejectsAFolderOfScansNamedForADocumentTheFileDoesNotHold() throws Exception {
    ScanFiles.write(dir, "letters/a1/p1.png", ScanFiles.image("png", 20, 20));
    ScanFiles.write(dir, "letters/zz/p9.png", ScanFiles.image("png", 20, 20));
    Path record = file("letters.jsonl", "{\"id\": \"a1\", \"title\": \"One\"}\n{\"id\": \"a2\", \"title\": \"Two\"}\n");

    Console c = Console.run("import", "--data", data().toString(), record.toString());

    assertThat(c.exit()).isEqualTo(3);
    assertThat(c.out()).isEqualTo(record + ": rejected: " + record + ": the folder letters/zz holds scans for the document"
        + " with the id \"zz\", but no record of this file has that id\n");
    assertThat(exported()).isEmpty();
  }

  @Test
  void leavesTheSubfoldersOfAOneDocumentFilesFolderAlone() throws Exception {
    ScanFiles.write(dir, "letter/p1.png", ScanFiles.image("png", 20, 20));
    ScanFiles.write(dir, "letter/raw/p1.png", ScanFiles.image("png", 20, 20));
    Path record = file("letter.json", "{\"id\": \"7\", \"title\": \"One\"}");

    Console c = Console.run("import", "--data", data().toString(), record.toString());

    assertThat(c.out()).as(c.err()).isEqualTo(record + ": imported 1 document (1 new)\n");
    assertThat(kept("7")).containsExactly("p1.png");
  }

  @Test
  void rejectsLooseScansBesideAFileOfSeveralDocuments() throws Exception {
    ScanFiles.write(dir, "letters/a.png", ScanFiles.image("png", 20, 20));
    Path record = file("letters.jsonl", "{\"title\": \"One\"}\n{\"title\": \"Two\"}\n");

    Console c = Console.run("import", "--data", data().toString(), record.toString());

    assertThat(c.exit()).isEqualTo(3);
    assertThat(c.out()).isEqualTo(record + ": rejected: " + record + ": the folder letters beside this file holds scans "
        + "for one document, but the file holds several; put each document's scans in a folder named by its id inside it\n");
    assertThat(exported()).isEmpty();
  }

  @Test
  void rejectsTheWholeFileWhenOneScanIsNotWhatItsNameSays() throws Exception {
    ScanFiles.write(dir, "scans/p1.jpg", ScanFiles.image("jpeg", 30, 40));
    ScanFiles.write(dir, "scans/p2.jpg", ScanFiles.pdf(1));
    Path record = file("letters.json", "[{\"title\": \"One\", \"attachments\": [\"scans/p1.jpg\"]},"
        + "{\"title\": \"Two\", \"attachments\": [\"scans/p2.jpg\"]}]");

    Console c = Console.run("import", "--data", data().toString(), record.toString());

    assertThat(c.exit()).isEqualTo(3);
    assertThat(c.out()).isEqualTo(record + ": rejected: " + record + ", record 2, at /attachments/0, field \"attachments\": "
        + "\"p2.jpg\" is named as a JPEG image but its content is a PDF document; rename it or attach the right file\n");
    assertThat(exported()).isEmpty();
    assertThat(kept("1")).isEmpty();
  }

  @Test
  void attachCommandAddsFilesToADocumentAsANewRevision() throws Exception {
    Path record = file("letter.json", "{\"title\": \"A letter\"}");
    assertThat(Console.run("import", "--data", data().toString(), record.toString()).exit()).isZero();
    Path scan = ScanFiles.write(dir, "p1.png", ScanFiles.image("png", 64, 48));
    Path pdf = ScanFiles.write(dir, "letter.pdf", ScanFiles.pdf(2));

    Console c = Console.run("attach", "--data", data().toString(), "1", scan.toString(), pdf.toString());

    assertThat(c.exit()).as(c.err()).isZero();
    assertThat(c.out()).isEqualTo("document 1: attached p1.png (image/png, 1 page)\n"
        + "document 1: attached letter.pdf (application/pdf, 2 pages)\n");
    assertThat(exported().get(0).get("attachments")).hasSize(2);
    assertThat(kept("1")).containsExactly("letter.pdf", "p1.png");
  }

  @Test
  void attachCommandRejectsAMismatchedFileAndAttachesNothing() throws Exception {
    Path record = file("letter.json", "{\"title\": \"A letter\"}");
    assertThat(Console.run("import", "--data", data().toString(), record.toString()).exit()).isZero();
    Path good = ScanFiles.write(dir, "p1.png", ScanFiles.image("png", 64, 48));
    Path bad = ScanFiles.write(dir, "p2.png", ScanFiles.image("jpeg", 64, 48));

    Console c = Console.run("attach", "--data", data().toString(), "1", good.toString(), bad.toString());

    assertThat(c.exit()).isEqualTo(3);
    assertThat(c.err()).isEqualTo("opis attach: " + bad + ": \"p2.png\" is named as a PNG image but its content is "
        + "a JPEG image; rename it or attach the right file\n");
    assertThat(exported().get(0).has("attachments")).isFalse();
    assertThat(kept("1")).isEmpty();
  }

  @Test
  void attachCommandAnswersNotFoundForAnUnknownDocument() throws Exception {
    Path scan = ScanFiles.write(dir, "p1.png", ScanFiles.image("png", 64, 48));

    Console c = Console.run("attach", "--data", Console.emptyArchive(data()).toString(), "99", scan.toString());

    assertThat(c.exit()).isEqualTo(4);
    assertThat(c.err()).isEqualTo("opis attach: there is no document \"99\" in this archive\n");
  }
}

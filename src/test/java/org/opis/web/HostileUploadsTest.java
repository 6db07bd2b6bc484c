package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opis.account.Role;
import org.opis.account.Scope;
import org.opis.catalog.Change;
import org.opis.files.Bombs;
import org.opis.files.ScanFiles;
import org.opis.record.Document;
import org.opis.record.DocumentId;
import org.opis.record.FileName;
import org.opis.wiring.ArchiveSettings;

/**
 * Uploads made to harm: names that climb out of a folder or pass for another file, content that
 * is not what its name says (a page of HTML, an SVG with a script, a zip), and decompression
 * bombs, sent through the editors' upload form and the API. Each is refused with a 400 that
 * names the file, or kept under a plain name of its own; nothing is written outside the
 * archive, and no upload is ever answered with a 500.
 */
class HostileUploadsTest {
  private static final String PASSWORD = "Vladikavkaz, 16 November";
  @TempDir static Path dir;
  private static org.opis.wiring.Archive archive;
  private static ReadingRoom room;
  private static String token;

  @BeforeAll
  static void open() {
    archive = org.opis.wiring.Archive.open(new ArchiveSettings(dir.resolve("data"), Optional.empty()), Clock.systemUTC());
    archive.catalog().write(Change.by("test", null), w -> w.save(Document.titled("Telegram from Rasht")
        .id(new DocumentId("1")).build()));
    archive.catalog().write(Change.by("test", null), w -> w.save(Document.titled("Letter from Enzeli")
        .id(new DocumentId("2")).build()));
    archive.gate().addAccount("anna", "Anna", Role.EDITOR, PASSWORD);
    token = archive.gate().issueToken("anna", "scanner", Scope.WRITE).secret();
    room = ReadingRoom.start(ReadingRoomSettings.defaults(), archive.catalog(), archive.index(), archive.gate(),
        Optional.of(archive.pictures()), Optional.of(archive.originals()), archive.clock());
  }

  @AfterAll
  static void close() {
    room.close();
    archive.close();
  }

  private static Http.Response byForm(String name, byte[] bytes) {
    Browser editor = new Browser(room);
    editor.signIn("anna", PASSWORD);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("form_token", editor.formToken("/account"));
    java.util.regex.Matcher basedOn = java.util.regex.Pattern.compile("name=\"based_on\" value=\"(\\d+)\"")
        .matcher(editor.get("/documents/1/files").body());
    fields.put("based_on", basedOn.find() ? basedOn.group(1) : "");
    return editor.upload("/documents/1/files", fields, "files", Map.of(name, bytes));
  }

  private static Http.Response byApi(String name, byte[] bytes) {
    return new Browser(room).upload("/api/documents/1/files", Map.of(), "files", Map.of(name, bytes),
        "Authorization", "Bearer " + token);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"../../x-opis-escape.jpg", "..\\..\\x-opis-escape.jpg", "C:\\Windows\\x-opis-escape.jpg",
      "/etc/x-opis-escape.jpg", "..\u2215..\u2215x-opis-escape.jpg", "..\uFF0F..\uFF0Fx-opis-escape.jpg",
      "\u2025\u2215x-opis-escape.jpg", "x-opis\u0001escape.jpg", "x-opis\u202Egpj.jpg", "e\u0301scape.jpg", "..", ".",
      ".jpg", "CON.jpg", "LONG"})
  void aHostileNameIsKeptAsAPlainNameOfItsOwnOrRefusedAndNothingLandsOutside(String sent) throws Exception {
    String name = sent.equals("LONG") ? "\u0416".repeat(200) + ".jpg" : sent;
    for (Http.Response r : List.of(byForm(name, ScanFiles.image("jpeg", 40, 30)),
        byApi(name, ScanFiles.image("jpeg", 40, 30)))) {
      assertThat(r.status()).as(r.body()).isIn(200, 303, 400);
    }
    for (String kept : archive.files().names(new DocumentId("1"))) {
      assertThat(FileName.refusal(kept)).as(kept).isEmpty();
    }
    Path temp = Path.of(System.getProperty("java.io.tmpdir"));
    assertThat(temp.resolve("x-opis-escape.jpg")).doesNotExist();
    assertThat(temp.getParent().resolve("x-opis-escape.jpg")).doesNotExist();
    assertThat(Path.of("/etc/x-opis-escape.jpg")).doesNotExist();
    assertThat(dir.resolve("x-opis-escape.jpg")).doesNotExist();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"html.jpg", "svg.jpg", "script.png", "html.pdf", "page.svg", "page.html", "scans.zip",
      "zip.jpg", "bomb.png", "bomb.jpg", "bomb.tif", "bomb.gif"})
  void contentThatIsNotWhatItsNameSaysAndBombsAreRefusedNamingTheFile(String name) {
    byte[] content = switch (name) {
      case "html.jpg", "html.pdf", "page.html" -> "<!DOCTYPE html><html><script>alert(document.cookie)</script>"
          .getBytes(StandardCharsets.UTF_8);
      case "svg.jpg", "page.svg" -> ("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">"
          + "<script>alert(document.cookie)</script></svg>").getBytes(StandardCharsets.UTF_8);
      case "script.png" -> "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
      case "scans.zip", "zip.jpg" -> zipOfZeros();
      case "bomb.png" -> Bombs.png();
      case "bomb.jpg" -> Bombs.jpeg();
      case "bomb.tif" -> Bombs.tiff();
      default -> Bombs.gif();
    };
    for (Http.Response r : List.of(byForm(name, content), byApi(name, content))) {
      assertThat(r.status()).as(r.body()).isEqualTo(400);
      assertThat(r.body()).contains(name).containsAnyOf("is not a scan or PDF by its name",
          "but its content is none of JPEG, PNG, TIFF or PDF", "more than the 100 megapixels");
      // named as sent, never by the server's temporary folder
      assertThat(r.body()).as(r.body()).doesNotContain("opis-upload").doesNotContain(System.getProperty("java.io.tmpdir"));
    }
    assertThat(archive.files().names(new DocumentId("1"))).doesNotContain(name);
  }

  // a zip bomb in miniature: a hundred megabytes of zeros in a few hundred kilobytes
  private static byte[] zipOfZeros() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("page-1.jpg"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 100; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Test
  void whatIsKeptIsServedOnlyAsTheImageItIs() {
    Http.Response kept = new Browser(room).upload("/api/documents/2/files", Map.of(), "files",
        Map.of("kept.png", ScanFiles.image("png", 40, 30)), "Authorization", "Bearer " + token);
    assertThat(kept.status()).as(kept.body()).isEqualTo(200);
    Http.Response image = new Browser(room).get("/iiif/3/2~1/full/max/0/default.jpg");
    assertThat(image.status()).isEqualTo(200);
    assertThat(image.contentType()).isEqualTo("image/jpeg");
    assertThat(image.header("X-Content-Type-Options")).contains("nosniff");
  }
}

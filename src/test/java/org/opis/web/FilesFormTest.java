package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.account.Role;
import org.opis.catalog.Change;
import org.opis.files.ScanFiles;
import org.opis.record.Document;
import org.opis.record.DocumentId;
import org.opis.wiring.ArchiveSettings;

/** Editors attach scans and PDFs in the reading room, all or none, and put them in order. */
class FilesFormTest {
  private static final String PASSWORD = "Vladikavkaz, 16 November";
  @TempDir static Path dir;
  private static org.opis.wiring.Archive archive;
  private static ReadingRoom room;

  @BeforeAll
  static void open() {
    archive = org.opis.wiring.Archive.open(new ArchiveSettings(dir.resolve("data"), Optional.empty()), Clock.systemUTC());
    archive.catalog().write(Change.by("test", null), w -> w.save(Document.titled("Telegram from Rasht")
        .id(new DocumentId("1")).build()));
    archive.gate().addAccount("anna", "Anna", Role.EDITOR, PASSWORD);
    archive.catalog().write(Change.by("test", null), w -> w.save(Document.titled("Letter from Enzeli")
        .id(new DocumentId("2")).build()));
    room = ReadingRoom.start(ReadingRoomSettings.defaults(), archive.catalog(), archive.index(), archive.gate(),
        Optional.of(archive.pictures()), Optional.of(archive.originals()), archive.clock());
  }

  @AfterAll
  static void close() {
    room.close();
    archive.close();
  }

  private static Map<String, String> form(Browser b) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("form_token", b.formToken("/account"));
    java.util.regex.Matcher basedOn = java.util.regex.Pattern.compile("name=\"based_on\" value=\"(\\d+)\"")
        .matcher(b.get("/documents/1/files").body());
    if (basedOn.find()) {
      fields.put("based_on", basedOn.group(1));
    }
    return fields;
  }

  @Test
  void refusesFilesSentWithoutTheRevisionThePageShowed() throws Exception {
    Browser editor = new Browser(room);
    editor.signIn("anna", Archive.PASSWORD);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("form_token", editor.formToken("/account"));
    Http.Response refused = editor.upload("/documents/1/files", fields, "files",
        Map.of("p1.png", org.opis.files.ScanFiles.image("png", 20, 20)));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("based_on");
  }

  @Test
  void attachesScansThatAreWhatTheirNamesSayAndRefusesAllIfOneIsNot() throws Exception {
    Browser editor = new Browser(room);
    editor.signIn("anna", PASSWORD);
    Map<String, byte[]> bad = new LinkedHashMap<>();
    bad.put("page-1.jpg", ScanFiles.image("jpeg", 400, 600));
    bad.put("page-2.jpg", ScanFiles.pdf(1));
    Http.Response refused = editor.upload("/documents/1/files", form(editor), "files", bad);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("page-2.jpg").doesNotContain(dir.toString());
    assertThat(editor.get("/documents/1/files").body()).contains("No scans or PDFs are attached.");

    Map<String, byte[]> good = new LinkedHashMap<>();
    good.put("page-1.jpg", ScanFiles.image("jpeg", 400, 600));
    good.put("../../page-2.png", ScanFiles.image("png", 300, 200));
    good.put("annex.pdf", ScanFiles.pdf(2));
    Http.Response attached = editor.upload("/documents/1/files", form(editor), "files", good);
    assertThat(attached.status()).isEqualTo(303);
    String files = editor.get("/documents/1/files").body();
    assertThat(files).contains("page-1.jpg (image/jpeg, 1 page)").contains("page-2.png (image/png, 1 page)")
        .contains("annex.pdf (application/pdf, 2 pages)");
    assertThat(new Browser(room).get("/iiif/3/documents/1/manifest.json").body()).contains("\"type\":\"Canvas\"");
    assertThat(Files.list(dir.resolve("data")).map(p -> p.getFileName().toString())).contains("ocfl");

    Map<String, String> order = form(editor);
    order.put("order", "annex.pdf\npage-2.png");
    assertThat(editor.post("/documents/1/files/order", order).status()).isEqualTo(303);
    String api = editor.get("/api/documents/1").body();
    assertThat(api.indexOf("annex.pdf")).isLessThan(api.indexOf("page-2.png"));
    assertThat(api.indexOf("page-2.png")).isLessThan(api.indexOf("page-1.jpg"));
  }

  @Test
  void onlyEditorsAttach() {
    Browser reader = new Browser(room);
    assertThat(reader.get("/documents/1/files").status()).isEqualTo(303);
    assertThat(FilesForm.safeName("C:\\\\scans\\\\..\\\\p1.jpg")).isEqualTo("p1.jpg");
    assertThat(FilesForm.safeName("../../.hidden")).isEqualTo("file.hidden");
    assertThat(List.of(FilesForm.safeName("a/b/page <1>.tif"))).containsExactly("page _1_.tif");
  }

  @Test
  void aScriptAttachesScansWithAWriteToken() {
    String token = archive.gate().issueToken("anna", "scanner", org.opis.account.Scope.WRITE).secret();
    Map<String, byte[]> scans = new LinkedHashMap<>();
    scans.put("enzeli-1.png", ScanFiles.image("png", 200, 300));
    Http.Response attached = new Browser(room).upload("/api/documents/2/files", Map.of(), "files", scans,
        "Authorization", "Bearer " + token);
    assertThat(attached.status()).as(attached.body()).isEqualTo(200);
    assertThat(attached.body()).contains("enzeli-1.png").contains("image/png");
    assertThat(attached.header("ETag")).isPresent().isEqualTo(new Browser(room).get("/api/documents/2").header("ETag"));
    Map<String, byte[]> fake = Map.of("enzeli-2.png", "not an image".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Http.Response refused = new Browser(room).upload("/api/documents/2/files", Map.of(), "files", fake,
        "Authorization", "Bearer " + token);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("enzeli-2.png");
    assertThat(new Browser(room).upload("/api/documents/2/files", Map.of(), "files", scans).status()).isEqualTo(401);
  }

  @Test
  void anUploadThatCannotBeReceivedIsTheSendersOrTheDisksFailureNeverAnUnexpectedOne() {
    assertThat(FilesForm.notReceived("the upload", new org.eclipse.jetty.io.EofException("reset by peer")))
        .isInstanceOf(org.opis.problem.InvalidInputException.class).hasMessageContaining("the upload stopped arriving");
    assertThat(FilesForm.notReceived("the upload", new java.io.IOException(
        new java.util.concurrent.TimeoutException("Idle timeout expired: 30000/30000 ms"))))
        .isInstanceOf(org.opis.problem.InvalidInputException.class);
    assertThat(FilesForm.notReceived("the file to import", new java.nio.file.FileSystemException("opis-import/letters.csv",
        null, "No space left on device"))).isInstanceOf(org.opis.problem.OutOfSpaceException.class)
        .hasMessageContaining("the disk is full: could not receive the file to import");
    assertThat(FilesForm.notReceived("the upload", new java.nio.file.AccessDeniedException("opis-upload")))
        .isExactlyInstanceOf(org.opis.problem.StorageException.class);
  }
}

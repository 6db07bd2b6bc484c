package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.account.Role;
import org.opis.account.Scope;
import org.opis.catalog.Change;
import org.opis.files.Originals;
import org.opis.files.ScanFiles;
import org.opis.keeping.Safekeeping;
import org.opis.problem.Location;
import org.opis.record.Document;
import org.opis.record.DocumentId;
import org.opis.wiring.ArchiveSettings;

/**
 * The document API never lets the catalog describe a file the store does not hold, nor forget
 * one it does: a change may relabel a document's scans, not invent or drop them (fixity would
 * find them missing or unexpected).
 */
class KeptFilesApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  private static org.opis.wiring.Archive archive;
  private static ReadingRoom room;
  private static String write;
  private static DocumentId scanned;

  @BeforeAll
  static void open() {
    archive = org.opis.wiring.Archive.open(new ArchiveSettings(dir.resolve("data"), Optional.empty()), Clock.systemUTC());
    archive.gate().addAccount("anna", "Anna", Role.EDITOR, "Vladikavkaz, 16 November");
    write = archive.gate().issueToken("anna", "edits", Scope.WRITE).secret();
    Safekeeping keeping = archive.safekeeping();
    Path scan = ScanFiles.write(dir, "p1.png", ScanFiles.image("png", 20, 20));
    Originals.Prepared p = keeping.originals().orElseThrow().prepare(Document.titled("Telegram from Rasht").build(), dir,
        List.of(scan), Location.NOWHERE, problem -> { throw new AssertionError(problem); });
    scanned = keeping.write(Change.by("test", null), change -> {
      DocumentId id = change.writer().save(p.document()).document().requireId();
      change.keep(id, p, "test", "attach");
      return id;
    });
    room = ReadingRoom.start(ReadingRoomSettings.defaults(), archive.catalog(), archive.index(), archive.gate(),
        Optional.of(archive.pictures()), Optional.of(keeping), Optional.empty(), Optional.empty(), archive.clock());
  }

  @AfterAll
  static void close() {
    room.close();
    archive.close();
  }

  private static Http.Response read() {
    return new Browser(room).get("/api/documents/" + scanned.value(), "Authorization", "Bearer " + write);
  }

  private static Http.Response put(ObjectNode document, Http.Response read) {
    return new Browser(room).json("PUT", "/api/documents/" + scanned.value(), document.toString(),
        "Authorization", "Bearer " + write, "If-Match", read.header("ETag").orElseThrow());
  }

  @Test
  void relabelsAKeptScan() throws Exception {
    Http.Response read = read();
    ObjectNode document = (ObjectNode) JSON.readTree(read.body());
    ((ObjectNode) document.get("attachments").get(0)).put("label", "recto");

    Http.Response saved = put(document, read);

    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(saved.body()).contains("\"label\":\"recto\"");
  }

  @Test
  void refusesAChangeThatLeavesAKeptScanOut() throws Exception {
    Http.Response read = read();
    ObjectNode document = (ObjectNode) JSON.readTree(read.body());
    document.remove("attachments");

    Http.Response refused = put(document, read);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("the document's file \\\"p1.png\\\" is left out; kept originals are never removed");
  }

  @Test
  void refusesAChangeThatDescribesAScanNeverAttached() throws Exception {
    Http.Response read = read();
    ObjectNode document = (ObjectNode) JSON.readTree(read.body());
    ArrayNode attachments = (ArrayNode) document.get("attachments");
    ObjectNode invented = attachments.get(0).deepCopy();
    invented.put("name", "p2.png").put("sha512", "ab".repeat(64));
    attachments.add(invented);

    Http.Response refused = put(document, read);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("\\\"p2.png\\\" is not a file kept for this document; attach scans and PDFs"
        + " with POST /api/documents/ID/files");
    assertThat(archive.catalog().current(List.of(scanned)).get(0).document().attachments()).hasSize(1);
  }

  @Test
  void refusesANewDocumentThatDescribesScans() throws Exception {
    ObjectNode document = (ObjectNode) JSON.readTree(read().body());
    document.remove("id");
    List<String> before = new ArrayList<>();
    archive.catalog().forEachCurrent(c -> before.add(c.document().requireId().value()));

    Http.Response refused = new Browser(room).json("POST", "/api/documents", document.toString(),
        "Authorization", "Bearer " + write);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("\\\"p1.png\\\" is not a file kept for this document");
  }
}

package org.opis.oai;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.catalog.Change;
import org.opis.catalog.Viewer;
import org.opis.record.DocumentId;
import org.opis.record.Visibility;
import org.opis.web.ReadingRoom;

/** Lists in pages of 100, continued by resumption tokens that outlive the server and expire. */
class OaiPagingTest {
  @TempDir
  Path folder;
  private OaiArchive archive;
  private String base;

  @BeforeEach
  void serve() {
    archive = OaiArchive.open(folder);
    base = archive.serve().url();
  }

  @AfterEach
  void stop() {
    archive.close();
  }

  private static String continued(String verb, String token) {
    return "verb=" + verb + "&resumptionToken=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
  }

  @Test
  void pagesEveryPublicAndWithdrawnRecordOnceWithCursorsAndSizes() {
    List<String> seen = new ArrayList<>();
    List<String> cursors = new ArrayList<>();
    OaiResponse page = OaiResponse.get(base, "verb=ListIdentifiers&metadataPrefix=oai_dc");
    while (true) {
      seen.addAll(page.identifiers());
      cursors.add(page.text("//oai:resumptionToken/@cursor"));
      assertThat(page.text("//oai:resumptionToken/@completeListSize")).isEqualTo(Integer.toString(OaiArchive.PUBLIC + 2));
      if (page.token().isEmpty()) {
        break;
      }
      assertThat(page.text("//oai:resumptionToken/@expirationDate")).isEqualTo("2024-06-02T09:00:00Z");
      page = OaiResponse.get(base, continued("ListIdentifiers", page.token()));
    }
    assertThat(cursors).containsExactly("0", "100", "200");
    assertThat(seen).hasSize(OaiArchive.PUBLIC + 2).doesNotHaveDuplicates()
        .contains("oai:localhost:9001", "oai:localhost:9002").doesNotContain("oai:localhost:9003", "oai:localhost:9004");
  }

  @Test
  void continuesAListOnAServerStartedAfterTheTokenWasGiven() {
    OaiResponse first = OaiResponse.get(base, "verb=ListRecords&metadataPrefix=oai_dc");
    OaiResponse sameServer = OaiResponse.get(base, continued("ListRecords", first.token()));
    archive = archive.restarted();
    ReadingRoom restarted = archive.serve();
    OaiResponse afterRestart = OaiResponse.get(restarted.url(), continued("ListRecords", first.token()));
    assertThat(afterRestart.identifiers()).hasSize(100).isEqualTo(sameServer.identifiers());
    assertThat(afterRestart.text("//oai:resumptionToken/@cursor")).isEqualTo("100");
  }

  @Test
  void refusesATokenAfterItExpiresAndSaysSo() {
    String token = OaiResponse.get(base, "verb=ListIdentifiers&metadataPrefix=oai_dc").token();
    archive.clock.advance(Duration.ofHours(24));
    assertThat(OaiResponse.get(base, continued("ListIdentifiers", token)).error()).isEmpty();
    archive.clock.advance(Duration.ofSeconds(1));
    OaiResponse expired = OaiResponse.get(base, continued("ListIdentifiers", token));
    assertThat(expired.error()).isEqualTo("badResumptionToken");
    assertThat(expired.text("//oai:error")).endsWith("expired at 2024-06-02T09:00:00Z: start the list again without it");
  }

  @Test
  void neitherRepeatsNorSkipsARecordWhenDocumentsChangeBetweenPages() {
    OaiResponse first = OaiResponse.get(base, "verb=ListIdentifiers&metadataPrefix=oai_dc");
    String startedAt = first.text("/oai:OAI-PMH/oai:responseDate");
    List<String> firstPage = first.identifiers();
    archive.clock.advance(Duration.ofMinutes(10));
    // one record of the first page edited, one of a later page edited, one of a later page restricted
    String early = id(firstPage.get(5));
    archive.catalog.write(Change.by("editor", "between pages"), w -> {
      w.save(stored(early).toBuilder().title("Edited after the first page").build());
      w.save(stored("260").toBuilder().title("Edited before its page").build());
      w.save(stored("330").toBuilder().visibility(Visibility.RESTRICTED).build());
      return null;
    });
    List<String> seen = new ArrayList<>(firstPage);
    OaiResponse page = first;
    while (!page.token().isEmpty()) {
      page = OaiResponse.get(base, continued("ListIdentifiers", page.token()));
      seen.addAll(page.identifiers());
    }
    assertThat(seen).doesNotHaveDuplicates().hasSize(OaiArchive.PUBLIC + 2 - 2)
        .doesNotContain("oai:localhost:260", "oai:localhost:330");
    // the next harvest, a moment later, from the moment the first began, brings the changes
    archive.clock.advance(Duration.ofSeconds(1));
    OaiResponse next = OaiResponse.get(base, "verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + startedAt);
    assertThat(next.identifiers()).containsExactly("oai:localhost:" + early, "oai:localhost:260", "oai:localhost:330");
    assertThat(next.texts("//oai:header/@status")).containsExactly("deleted");
  }

  @Test
  void pagesRecordsInTheOpisJsonFormatValidly() {
    OaiResponse first = OaiResponse.getOpisJson(base, "verb=ListRecords&metadataPrefix=opis_json");
    assertThat(first.texts("//oai:metadata/opis:record")).hasSize(100);
    OaiResponse second = OaiResponse.getOpisJson(base, continued("ListRecords", first.token()));
    assertThat(second.texts("//oai:metadata/opis:record")).hasSize(100);
  }

  private static String id(String identifier) {
    return identifier.substring("oai:localhost:".length());
  }

  private org.opis.record.Document stored(String id) {
    return archive.catalog.document(new DocumentId(id), Viewer.editorOn(archive.clock.today())).orElseThrow();
  }
}

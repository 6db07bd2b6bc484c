package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change made through the reading room is answered only once the search index holds it: the
 * public never finds a document whose restriction an editor was already told is done.
 */
class IndexedChangesTest {
  @TempDir Path dir;
  private PreservedRoom preserved;

  @BeforeEach
  void open() throws Exception {
    preserved = PreservedRoom.open(dir);
    preserved.archive.indexer().start();
  }

  @AfterEach
  void close() {
    preserved.close();
  }

  @Test
  void thePublicNoLongerFindsADocumentOnceItsRestrictionIsAnswered() throws Exception {
    Browser reader = new Browser(preserved.room);
    for (long waited = 0; !found(reader) && waited < 10_000; waited += 50) {
      Thread.sleep(50);
    }
    assertThat(found(reader)).as("the imported telegram is found once indexed").isTrue();
    Browser editor = preserved.signedIn("anna");
    for (int change = 0; change < 6; change++) {
      String revision = editor.get("/api/documents/1").header("ETag").orElseThrow().replace("\"", "");
      boolean restrict = change % 2 == 0;
      Http.Response answered = editor.post("/documents/1/visibility", Map.of("form_token",
          editor.formToken("/account"), "current", revision, "access", restrict ? "restricted" : "public"));

      assertThat(answered.status()).isEqualTo(303);
      assertThat(found(reader)).as("found by the public right after change " + change).isEqualTo(!restrict);
    }
  }

  private static boolean found(Browser reader) {
    return reader.get("/api/search?q=Telegram+Stalin+Lenin").body().contains("\"id\":\"1\"");
  }
}

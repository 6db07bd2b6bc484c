package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.files.OcflFiles;
import org.opis.preserve.FixityProblem;
import org.opis.preserve.FixityRun;

/**
 * An original damaged on disk (a byte flipped, a file deleted) is never served as if intact: the
 * IIIF image and info addresses answer 503 saying which file of which document is damaged, even
 * for a page decoded or rendered before the damage; a fixity check finds it, and the document's
 * page tells editors, and only editors, what is wrong.
 */
class DamagedOriginalTest {
  private static final String IMAGE = "/iiif/3/1~1/full/max/0/default.jpg";
  @TempDir Path dir;
  private PreservedRoom preserved;

  @BeforeEach
  void open() throws Exception {
    preserved = PreservedRoom.open(dir);
  }

  @AfterEach
  void close() {
    preserved.close();
  }

  @Test
  void refusesToServeAScanChangedOnDiskAfterItWasServed() {
    Browser reader = new Browser(preserved.room);
    assertThat(reader.get(IMAGE).status()).isEqualTo(200);
    assertThat(reader.get("/iiif/3/1~1/info.json").status()).isEqualTo(200);

    OcflFiles.flipAByte(preserved.kept("1", "p1.jpg"));

    Http.Response image = reader.get(IMAGE);
    assertThat(image.status()).isEqualTo(503);
    assertThat(image.contentType()).startsWith("application/json");
    assertThat(image.body()).contains("the original \\\"p1.jpg\\\" of document 1 is damaged: its content has changed"
        + " since it was kept: SHA-512 ").contains("it is not served until the archive's keepers restore it");
    assertThat(reader.get("/iiif/3/1~1/info.json").status()).isEqualTo(503);
    assertThat(reader.get("/iiif/3/1~1/full/200,/0/default.png").status()).isEqualTo(503);
    // the other scan of the document is intact, and served
    assertThat(reader.get("/iiif/3/1~2/full/max/0/default.jpg").status()).isEqualTo(200);
  }

  @Test
  void refusesToServeAScanDeletedFromTheStore() throws Exception {
    Files.delete(preserved.kept("1", "p2.png"));
    Http.Response info = new Browser(preserved.room).get("/iiif/3/1~2/info.json");
    assertThat(info.status()).isEqualTo(503);
    assertThat(info.body()).contains("the original \\\"p2.png\\\" of document 1 is damaged: it is missing from the store");
  }

  @Test
  void refusesAPdfPageRenderedBeforeThePdfWasDamaged() {
    Browser reader = new Browser(preserved.room);
    String page = "/iiif/3/2~2/full/max/0/default.jpg";
    assertThat(reader.get(page).status()).isEqualTo(200);
    OcflFiles.flipAByte(preserved.kept("2", "minutes.pdf"));
    Http.Response refused = reader.get(page);
    assertThat(refused.status()).isEqualTo(503);
    assertThat(refused.body()).contains("\\\"minutes.pdf\\\" of document 2 is damaged");
  }

  @Test
  void fixityFindsTheDamageAndTheDocumentPageTellsEditorsOnly() throws Exception {
    OcflFiles.flipAByte(preserved.kept("1", "p1.jpg"));
    Files.delete(preserved.kept("1", "p2.png"));
    FixityRun run = preserved.archive.fixity().run("test");
    assertThat(run.problems()).extracting(FixityProblem::subject, FixityProblem::condition).containsExactly(
        org.assertj.core.groups.Tuple.tuple("p1.jpg", FixityProblem.Condition.CHANGED),
        org.assertj.core.groups.Tuple.tuple("p2.png", FixityProblem.Condition.MISSING));

    String editors = preserved.signedIn("anna").get("/documents/1").body();
    assertThat(editors).contains("the last fixity check found damage in this document")
        .contains("<li>p1.jpg: changed: its content has changed since it was kept: SHA-512 ")
        .contains("<li>p2.png: missing: it is missing from the store");

    for (Browser reader : new Browser[] {new Browser(preserved.room), preserved.signedIn("rita")}) {
      Http.Response page = reader.get("/documents/1");
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.body()).doesNotContain("fixity").doesNotContain("damage").doesNotContain("SHA-512");
    }
    // a document whose files are intact shows editors nothing of the kind
    assertThat(preserved.signedIn("anna").get("/documents/2").body()).doesNotContain("fixity check found damage");
  }
}

package org.opis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.files.OcflFiles;

/**
 * The fixity page: administrators read when the last check ran, by whom, and each problem it
 * found, and start a check at once; nobody else reads it, and the form needs its token.
 */
class FixityPageTest {
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
  void showsAdministratorsTheLastCheckAndEachProblemItFound() {
    Browser olga = preserved.signedIn("olga");
    assertThat(olga.get("/admin/fixity").body()).contains("No fixity check has run in this archive yet.");

    preserved.archive.fixity().run("opis fixity");
    String intact = olga.get("/admin/fixity").body();
    assertThat(intact).contains("<dt>By</dt><dd>opis fixity</dd>")
        .contains("checked 3 files and 2 record versions: every one intact")
        .contains("Every original and every record version read back intact.");

    OcflFiles.flipAByte(preserved.kept("2", "minutes.pdf"));
    preserved.archive.fixity().run("schedule");
    String damaged = olga.get("/admin/fixity").body();
    assertThat(damaged).contains("<dt>By</dt><dd>schedule</dd>")
        .contains("checked 3 files and 2 record versions: 1 problem")
        .contains("<td><a href=\"/documents/2\">document 2</a></td><td>minutes.pdf</td><td>changed</td>"
            + "<td>its content has changed since it was kept: SHA-512 ")
        .contains("restore it from a backup");
  }

  @Test
  void startsACheckWhenAnAdministratorAsks() throws Exception {
    Browser olga = preserved.signedIn("olga");
    Http.Response asked = olga.post("/admin/fixity", Map.of("form_token", olga.formToken("/admin/fixity")));
    assertThat(asked.status()).isEqualTo(303);
    assertThat(asked.raw().headers().firstValue("Location")).hasValue("/admin/fixity?check=started");
    // the check runs in the background; wait for it to be recorded
    for (int i = 0; i < 600 && preserved.archive.fixityLog().last().isEmpty(); i++) {
      Thread.sleep(100);
    }
    assertThat(preserved.archive.fixityLog().last()).hasValueSatisfying(run -> assertThat(run.actor()).isEqualTo("olga"));
    assertThat(olga.get("/admin/fixity?check=started").body()).contains("<dt>By</dt><dd>olga</dd>");
    assertThat(olga.get("/admin/audit").body()).contains("started a fixity check");
  }

  @Test
  void isForAdministratorsOnly() {
    assertThat(new Browser(preserved.room).get("/admin/fixity").status()).isEqualTo(303);
    assertThat(preserved.signedIn("rita").get("/admin/fixity").status()).isEqualTo(403);
    Browser anna = preserved.signedIn("anna");
    assertThat(anna.get("/admin/fixity").status()).isEqualTo(403);
    assertThat(anna.post("/admin/fixity", Map.of("form_token", anna.formToken("/account"))).status()).isEqualTo(403);
    Browser olga = preserved.signedIn("olga");
    assertThat(olga.post("/admin/fixity", Map.of()).status()).isEqualTo(403);
    assertThat(preserved.archive.fixityLog().last()).isEmpty();
  }
}

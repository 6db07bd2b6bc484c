package org.opis.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.catalog.CatalogChange;
import org.opis.catalog.Revision;
import org.opis.catalog.SavedVersion;
import org.opis.files.ocfl.OcflFileStore;
import org.opis.files.ocfl.OcflRecordVersions;
import org.opis.preserve.KeptRecord;

/**
 * Record versions in the OCFL store: one object a record, one version a revision, nothing kept
 * twice, and a version cut short by a crash (its folder moved in, the inventory not yet updated)
 * is written again whole.
 */
class OcflRecordVersionsTest {
  @TempDir Path dir;
  private OcflFileStore store;

  @BeforeEach
  void open() {
    store = OcflFileStore.open(dir.resolve("ocfl"), dir.resolve("work"));
  }

  @AfterEach
  void close() {
    store.close();
  }

  private static SavedVersion revision(int n) {
    return new SavedVersion(new CatalogChange(n, CatalogChange.DOCUMENT, "7", n),
        new Revision(n, Instant.parse("2026-11-27T06:00:00Z"), "editor:anna", Optional.of("change " + n)), "{}");
  }

  @Test
  void keepsEachRevisionOnceAsANewVersion() {
    OcflRecordVersions records = store.records();
    assertThat(records.keep(revision(1), "{\"title\": \"one\"}")).isTrue();
    assertThat(records.keep(revision(1), "{\"title\": \"one\"}")).isFalse();
    assertThat(records.keep(revision(2), "{\"title\": \"two\"}")).isTrue();
    KeptRecord newest = records.newest(CatalogChange.DOCUMENT, "7").orElseThrow();
    assertThat(newest.revision()).isEqualTo(2);
    assertThat(newest.version()).isEqualTo(2);
    assertThat(new String(newest.json(), StandardCharsets.UTF_8)).isEqualTo("{\"title\": \"two\"}");
    assertThat(records.newest(CatalogChange.AGENT, "7")).isEmpty();
  }

  @Test
  void writesAgainAVersionCutShortByACrash() throws Exception {
    OcflRecordVersions records = store.records();
    records.keep(revision(1), "{\"title\": \"one\"}");
    Path object = OcflFiles.objectRoot(dir.resolve("ocfl"), "opis:records/documents/7");
    // as if killed after moving version 2 in, before the inventory at the object's root named it
    copy(object.resolve("v1"), object.resolve("v2"));

    assertThat(records.keep(revision(2), "{\"title\": \"two\"}")).isTrue();
    KeptRecord newest = records.newest(CatalogChange.DOCUMENT, "7").orElseThrow();
    assertThat(newest.revision()).isEqualTo(2);
    assertThat(new String(newest.json(), StandardCharsets.UTF_8)).isEqualTo("{\"title\": \"two\"}");
  }

  @Test
  void completesAFirstVersionWhoseInventoryNeverReachedTheRoot() throws Exception {
    OcflRecordVersions records = store.records();
    records.keep(revision(1), "{\"title\": \"one\"}");
    Path object = OcflFiles.objectRoot(dir.resolve("ocfl"), "opis:records/documents/7");
    // as if killed after moving version 1 in, before the inventory was copied to the object's root
    Files.delete(object.resolve("inventory.json"));
    Files.delete(object.resolve("inventory.json.sha512"));

    // version 1 is whole: the root is completed from it, and it is not written a second time
    assertThat(records.keep(revision(1), "{\"title\": \"one\"}")).isFalse();
    KeptRecord newest = records.newest(CatalogChange.DOCUMENT, "7").orElseThrow();
    assertThat(newest.revision()).isEqualTo(1);
    assertThat(newest.version()).isEqualTo(1);
    assertThat(records.keep(revision(2), "{\"title\": \"two\"}")).isTrue();
  }

  @Test
  void completesARootInventoryStillNamingThePreviousVersion() throws Exception {
    OcflRecordVersions records = store.records();
    records.keep(revision(1), "{\"title\": \"one\"}");
    Path object = OcflFiles.objectRoot(dir.resolve("ocfl"), "opis:records/documents/7");
    byte[] inventoryOfOne = Files.readAllBytes(object.resolve("inventory.json"));
    byte[] sidecarOfOne = Files.readAllBytes(object.resolve("inventory.json.sha512"));
    records.keep(revision(2), "{\"title\": \"two\"}");
    // as if killed after moving version 2 in whole, before its inventory was copied to the root
    Files.write(object.resolve("inventory.json"), inventoryOfOne);
    Files.write(object.resolve("inventory.json.sha512"), sidecarOfOne);

    assertThat(records.keep(revision(3), "{\"title\": \"three\"}")).isTrue();
    KeptRecord newest = records.newest(CatalogChange.DOCUMENT, "7").orElseThrow();
    assertThat(newest.revision()).isEqualTo(3);
    assertThat(newest.version()).isEqualTo(3);
  }

  @Test
  void completesARootInventoryMissingFromAnObjectOfSeveralVersions() throws Exception {
    OcflRecordVersions records = store.records();
    records.keep(revision(1), "{\"title\": \"one\"}");
    records.keep(revision(2), "{\"title\": \"two\"}");
    Path object = OcflFiles.objectRoot(dir.resolve("ocfl"), "opis:records/documents/7");
    // a copy over an existing file first deletes it: as if killed between the two
    Files.delete(object.resolve("inventory.json"));

    assertThat(records.keep(revision(3), "{\"title\": \"three\"}")).isTrue();
    assertThat(records.newest(CatalogChange.DOCUMENT, "7").orElseThrow().version()).isEqualTo(3);
  }

  @Test
  void completesARootSidecarLeftBehind() throws Exception {
    OcflRecordVersions records = store.records();
    records.keep(revision(1), "{\"title\": \"one\"}");
    records.keep(revision(2), "{\"title\": \"two\"}");
    Path object = OcflFiles.objectRoot(dir.resolve("ocfl"), "opis:records/documents/7");
    byte[] sidecarOfTwo = Files.readAllBytes(object.resolve("inventory.json.sha512"));
    Files.delete(object.resolve("inventory.json.sha512"));

    assertThat(records.keep(revision(3), "{\"title\": \"three\"}")).isTrue();
    assertThat(records.newest(CatalogChange.DOCUMENT, "7").orElseThrow().version()).isEqualTo(3);
    assertThat(Files.readAllBytes(object.resolve("v2").resolve("inventory.json.sha512"))).isEqualTo(sidecarOfTwo);
  }

  @Test
  void movesAsideAVersionAboveTheNewestWholeOne() throws Exception {
    OcflRecordVersions records = store.records();
    records.keep(revision(1), "{\"title\": \"one\"}");
    Path object = OcflFiles.objectRoot(dir.resolve("ocfl"), "opis:records/documents/7");
    copy(object.resolve("v1"), object.resolve("v2"));
    // a version whose own inventory was cut off: it never came in whole
    Files.write(object.resolve("v2").resolve("inventory.json"), new byte[0]);

    assertThat(records.keep(revision(2), "{\"title\": \"two\"}")).isTrue();
    assertThat(records.newest(CatalogChange.DOCUMENT, "7").orElseThrow().version()).isEqualTo(2);
    try (Stream<Path> aside = Files.list(dir.resolve("work").resolve("cut-short"))) {
      assertThat(aside.map(p -> p.getFileName().toString())).anyMatch(n -> n.contains("-v2-"));
    }
  }

  @Test
  void completesARootInventoryWhoseCopyWasCutOff() throws Exception {
    OcflRecordVersions records = store.records();
    records.keep(revision(1), "{\"title\": \"one\"}");
    records.keep(revision(2), "{\"title\": \"two\"}");
    Path object = OcflFiles.objectRoot(dir.resolve("ocfl"), "opis:records/documents/7");
    // as if killed while version 2's inventory was copied to the object's root: found so by ServerCrashIT
    Files.write(object.resolve("inventory.json"), new byte[0]);

    assertThat(records.keep(revision(3), "{\"title\": \"three\"}")).isTrue();
    KeptRecord newest = records.newest(CatalogChange.DOCUMENT, "7").orElseThrow();
    assertThat(newest.revision()).isEqualTo(3);
    assertThat(newest.version()).isEqualTo(3);
  }

  @Test
  void writesAgainAFirstVersionWhoseRootInventoryWasLeftWithoutItsSidecar() throws Exception {
    OcflRecordVersions records = store.records();
    records.keep(revision(1), "{\"title\": \"one\"}");
    Path object = OcflFiles.objectRoot(dir.resolve("ocfl"), "opis:records/documents/7");
    // as if killed while the first version's inventory was copied to the root: found so by ServerCrashIT
    Files.write(object.resolve("inventory.json"), "{\"id\": \"opis:rec".getBytes(StandardCharsets.UTF_8));
    Files.delete(object.resolve("inventory.json.sha512"));
    Files.delete(object.resolve("v1").resolve("inventory.json.sha512"));

    assertThat(records.keep(revision(1), "{\"title\": \"one\"}")).isTrue();
    assertThat(records.newest(CatalogChange.DOCUMENT, "7").orElseThrow().revision()).isEqualTo(1);
  }

  @Test
  void writesAgainARecordWhoseFirstWriteStoppedBeforeItsVersionCameIn() throws Exception {
    OcflRecordVersions records = store.records();
    records.keep(revision(1), "{\"title\": \"one\"}");
    Path object = OcflFiles.objectRoot(dir.resolve("ocfl"), "opis:records/documents/7");
    // the object's folder and conformance file made, version 1 not yet moved in: found so by ServerCrashIT
    OcflFiles.deleteAllBut(object, "0=ocfl_object_1.1");

    assertThat(records.keep(revision(1), "{\"title\": \"one\"}")).isTrue();
    assertThat(records.newest(CatalogChange.DOCUMENT, "7").orElseThrow().revision()).isEqualTo(1);
  }

  @Test
  void readsARecordWhoseRootInventoryWasCutOffWithoutWritingIt() throws Exception {
    OcflRecordVersions records = store.records();
    records.keep(revision(1), "{\"title\": \"one\"}");
    records.keep(revision(2), "{\"title\": \"two\"}");
    Path object = OcflFiles.objectRoot(dir.resolve("ocfl"), "opis:records/documents/7");
    Files.write(object.resolve("inventory.json"), new byte[0]);

    // a reader (fixity, a page) completes the root from version 2; it writes no version
    assertThat(records.newest(CatalogChange.DOCUMENT, "7").orElseThrow().version()).isEqualTo(2);
    assertThat(object.resolve("v3")).doesNotExist();
  }

  private static void copy(Path from, Path to) throws Exception {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}

package org.opis.files.ocfl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.files.Incoming;
import org.opis.files.ScanFiles;
import org.opis.files.Sha512;
import org.opis.record.DocumentId;

/**
 * The OCFL store putting files back after a change that kept them but never committed in the
 * catalog, also when a dead process cut the writing of a version short (the states below are
 * those ocfl-java leaves when killed between the steps of writing a version).
 */
class PuttingBackTest {
  private static final DocumentId ONE = new DocumentId("1");
  private static final byte[] FIRST = ScanFiles.image("png", 10, 10);
  private static final byte[] SECOND = ScanFiles.image("png", 12, 12);

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

  private void keep(String name, byte[] bytes) {
    store.keep(ONE, List.of(new Incoming(name, ScanFiles.write(dir.resolve("in-" + System.nanoTime()), name, bytes))),
        "tester", "keep " + name);
  }

  private List<String> putBack(Map<String, Optional<String>> digests) {
    return store.putBack(ONE, digests, "opis", "put back");
  }

  @Test
  void takesOutAFileTheCatalogNeverDescribed() {
    keep("p1.png", FIRST);
    keep("p2.png", SECOND);

    assertThat(putBack(Map.of("p2.png", Optional.empty()))).isEmpty();

    assertThat(store.names(ONE)).containsExactly("p1.png");
    assertThat(store.versions(ONE)).isEqualTo(3);
  }

  @Test
  void leavesAnObjectWithNoFilesWhenItsOnlyFileWasNeverDescribed() {
    keep("p1.png", FIRST);

    putBack(Map.of("p1.png", Optional.empty()));

    assertThat(store.names(ONE)).isEmpty();
    keep("p2.png", SECOND);
    assertThat(store.names(ONE)).containsExactly("p2.png");
  }

  @Test
  void bringsBackTheContentTheCatalogDescribes() throws IOException {
    keep("p1.png", FIRST);
    keep("p1.png", SECOND);

    assertThat(putBack(Map.of("p1.png", Optional.of(digest(FIRST))))).isEmpty();

    try (InputStream in = store.open(ONE, "p1.png")) {
      assertThat(in.readAllBytes()).isEqualTo(FIRST);
    }
  }

  @Test
  void writesNothingWhenTheFilesAreAlreadyAsDescribed() {
    keep("p1.png", FIRST);

    assertThat(putBack(Map.of("p1.png", Optional.of(digest(FIRST)), "p9.png", Optional.empty()))).isEmpty();

    assertThat(store.versions(ONE)).isEqualTo(1);
  }

  @Test
  void namesAFileWhoseDescribedContentNoVersionHolds() {
    keep("p1.png", FIRST);

    assertThat(putBack(Map.of("p1.png", Optional.of(digest(SECOND))))).containsExactly("p1.png");
  }

  @Test
  void repairsAVersionFolderTheRootInventoryNeverNamedBeforePuttingBack() throws IOException {
    keep("p1.png", FIRST);
    keep("p2.png", SECOND);
    // killed after moving v2 into the object, before copying its inventory to the root
    Path object = objectRoot();
    copy(object.resolve("v1"), object);

    putBack(Map.of("p2.png", Optional.empty()));
    keep("p3.png", FIRST);

    assertThat(store.names(ONE)).containsExactly("p1.png", "p3.png");
  }

  @Test
  void repairsAVersionWhoseInventoryReachedTheRootWithoutItsDigestBeforePuttingBack() throws IOException {
    keep("p1.png", FIRST);
    keep("p2.png", SECOND);
    // killed after copying v2's inventory to the root, before its digest
    Path object = objectRoot();
    Files.copy(object.resolve("v1/inventory.json.sha512"), object.resolve("inventory.json.sha512"),
        StandardCopyOption.REPLACE_EXISTING);

    putBack(Map.of("p2.png", Optional.empty()));

    assertThat(store.names(ONE)).containsExactly("p1.png");
  }

  @Test
  void completesAFirstVersionWhoseInventoryNeverReachedTheRootBeforePuttingBack() throws IOException {
    keep("p1.png", FIRST);
    // killed after moving v1 (whole) into the object, before copying its inventory to the root
    Path object = objectRoot();
    Files.delete(object.resolve("inventory.json"));
    Files.delete(object.resolve("inventory.json.sha512"));

    putBack(Map.of("p1.png", Optional.empty()));

    assertThat(store.names(ONE)).isEmpty();
    keep("p2.png", SECOND);
    assertThat(store.names(ONE)).containsExactly("p2.png");
  }

  @Test
  void removesAnObjectWhoseFirstVersionNeverArrivedWhole() throws IOException {
    keep("p1.png", FIRST);
    // killed while v1 came in: its own inventory without its digest
    Path object = objectRoot();
    Files.delete(object.resolve("inventory.json"));
    Files.delete(object.resolve("inventory.json.sha512"));
    Files.delete(object.resolve("v1/inventory.json.sha512"));

    putBack(Map.of("p1.png", Optional.empty()));

    assertThat(store.documents()).isEmpty();
    keep("p2.png", SECOND);
    assertThat(store.names(ONE)).containsExactly("p2.png");
  }

  private static String digest(byte[] bytes) {
    try {
      return Sha512.of(new java.io.ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void copy(Path version, Path object) throws IOException {
    for (String name : List.of("inventory.json", "inventory.json.sha512")) {
      Files.copy(version.resolve(name), object.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private Path objectRoot() throws IOException {
    try (Stream<Path> files = Files.walk(dir.resolve("ocfl"))) {
      return files.filter(f -> f.getFileName().toString().equals("0=ocfl_object_1.1")).findFirst().orElseThrow()
          .getParent();
    }
  }
}

package org.opis.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.problem.DamagedFileException;
import org.opis.problem.NotFoundException;
import org.opis.record.DocumentId;

/**
 * What every {@link FileStore} must do, run against each adapter by a subclass: keep files
 * under a document, read back the same bytes, version every change, and find a file whose bytes
 * changed behind its back.
 */
public abstract class FileStoreContract {
  static final DocumentId ONE = new DocumentId("1");
  static final DocumentId TWO = new DocumentId("2");

  @TempDir protected Path dir;
  protected FileStore store;

  /** A fresh, empty store of the adapter under test in {@code folder}. */
  protected abstract FileStore open(Path folder);

  /**
   * Changes the stored bytes of a kept file the way a failing disk would, bypassing the store.
   *
   * @param original the bytes the file was kept with
   */
  protected abstract void damage(Path folder, byte[] original) throws IOException;

  @BeforeEach
  void openStore() {
    store = open(dir.resolve("store"));
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  private Incoming incoming(String name, byte[] bytes) {
    return new Incoming(name, ScanFiles.write(dir.resolve("in-" + System.nanoTime()), name, bytes));
  }

  private static byte[] read(FileStore store, DocumentId id, String name) throws IOException {
    try (InputStream in = store.open(id, name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void readsBackTheBytesItKeptWithTheirSha512() throws Exception {
    byte[] scan = ScanFiles.image("png", 40, 30);

    List<String> digests = store.keep(ONE, List.of(incoming("p1.png", scan)), "tester", "first scan");

    assertThat(read(store, ONE, "p1.png")).isEqualTo(scan);
    assertThat(digests).containsExactly(Sha512.of(new java.io.ByteArrayInputStream(scan)));
    assertThat(store.names(ONE)).containsExactly("p1.png");
  }

  @Test
  void makesANewVersionForEachChangeAndNoneForTheSameFileAgain() throws Exception {
    byte[] first = ScanFiles.image("png", 40, 30);
    byte[] second = ScanFiles.image("png", 50, 30);
    store.keep(ONE, List.of(incoming("p1.png", first)), "tester", "first");
    store.keep(ONE, List.of(incoming("p1.png", first)), "tester", "the same again");
    assertThat(store.versions(ONE)).isEqualTo(1);

    store.keep(ONE, List.of(incoming("p1.png", second), incoming("p2.png", first)), "tester", "replaced");

    assertThat(store.versions(ONE)).isEqualTo(2);
    assertThat(read(store, ONE, "p1.png")).isEqualTo(second);
    assertThat(store.names(ONE)).containsExactly("p1.png", "p2.png");
  }

  @Test
  void aSecondStoreOnTheSameFolderSeesEveryNewVersion() throws Exception {
    // a server reading while an import in another process writes
    store.keep(ONE, List.of(incoming("p1.png", ScanFiles.image("png", 10, 10))), "tester", "one");
    try (FileStore reader = open(dir.resolve("store"))) {
      assertThat(reader.names(ONE)).containsExactly("p1.png");
      byte[] added = ScanFiles.image("png", 12, 12);
      store.keep(ONE, List.of(incoming("p2.png", added)), "tester", "two");

      assertThat(reader.names(ONE)).containsExactly("p1.png", "p2.png");
      assertThat(read(reader, ONE, "p2.png")).isEqualTo(added);
    }
  }

  @Test
  void keepsEachDocumentApart() throws Exception {
    store.keep(ONE, List.of(incoming("p1.png", ScanFiles.image("png", 10, 10))), "tester", "one");
    store.keep(TWO, List.of(incoming("a.pdf", ScanFiles.pdf(1))), "tester", "two");

    assertThat(store.documents()).containsExactly(ONE, TWO);
    assertThat(store.names(TWO)).containsExactly("a.pdf");
    assertThat(store.versions(new DocumentId("3"))).isZero();
  }

  @Test
  void answersNotFoundForAFileItDoesNotHold() {
    store.keep(ONE, List.of(incoming("p1.png", ScanFiles.image("png", 10, 10))), "tester", "one");

    assertThatThrownBy(() -> store.open(ONE, "p2.png")).isInstanceOf(NotFoundException.class)
        .hasMessage("document 1 has no original called \"p2.png\" in the file store");
    assertThatThrownBy(() -> store.open(TWO, "p1.png")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void checkFindsEveryFileIntactAfterKeeping() {
    store.keep(ONE, List.of(incoming("p1.png", ScanFiles.image("png", 10, 10)), incoming("a.pdf", ScanFiles.pdf(2))),
        "tester", "one");

    assertThat(store.check(ONE)).extracting(FileCheck::name).containsExactly("a.pdf", "p1.png");
    assertThat(store.check(ONE)).allMatch(FileCheck::intact);
  }

  @Test
  void checkFindsAFileWhoseBytesChangedOnDisk() throws Exception {
    byte[] scan = ScanFiles.image("png", 20, 20);
    store.keep(ONE, List.of(incoming("p1.png", scan)), "tester", "one");

    damage(dir.resolve("store"), scan);

    List<FileCheck> checks = store.check(ONE);
    assertThat(checks).hasSize(1);
    assertThat(checks.get(0).intact()).isFalse();
    assertThat(checks.get(0).problem().orElseThrow()).startsWith("its content has changed since it was kept: SHA-512 ");
    assertThat(checks.get(0).found()).isPresent().isNotEqualTo(java.util.Optional.of(checks.get(0).recorded()));
  }

  @Test
  void neverOpensAFileWhoseBytesChangedOnDiskAfterItWasRead() throws Exception {
    byte[] scan = ScanFiles.image("png", 20, 20);
    store.keep(ONE, List.of(incoming("p1.png", scan)), "tester", "one");
    assertThat(read(store, ONE, "p1.png")).isEqualTo(scan);

    damage(dir.resolve("store"), scan);

    assertThatThrownBy(() -> store.verify(ONE, "p1.png")).isInstanceOf(DamagedFileException.class)
        .hasMessageStartingWith("the original \"p1.png\" of document 1 is damaged: its content has changed since it"
            + " was kept: SHA-512 ");
    assertThatThrownBy(() -> read(store, ONE, "p1.png")).isInstanceOf(DamagedFileException.class);
  }

  @Test
  void verifyAnswersNotFoundForAFileItDoesNotHold() {
    assertThatThrownBy(() -> store.verify(ONE, "p9.png")).isInstanceOf(NotFoundException.class);
  }
}

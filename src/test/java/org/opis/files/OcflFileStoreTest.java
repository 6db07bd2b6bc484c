package org.opis.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.opis.files.ocfl.OcflFileStore;
import org.opis.problem.StorageException;
import org.opis.record.DocumentId;

/** The OCFL adapter under the file store contract, and what makes it OCFL 1.1 on disk. */
class OcflFileStoreTest extends FileStoreContract {

  @Override
  protected FileStore open(Path folder) {
    return OcflFileStore.open(folder.resolve("ocfl"), folder.resolve("work"));
  }

  @Override
  protected void damage(Path folder, byte[] original) throws IOException {
    try (Stream<Path> files = Files.walk(folder.resolve("ocfl"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        if (Arrays.equals(Files.readAllBytes(f), original)) {
          byte[] changed = original.clone();
          changed[changed.length / 2] ^= 0x55;
          Files.write(f, changed);
        }
      }
    }
  }

  @Test
  void writesAnOcfl11StorageRootWithSha512Inventories() throws Exception {
    store.keep(ONE, List.of(new Incoming("p1.png", ScanFiles.write(dir, "p1.png", ScanFiles.image("png", 10, 10)))),
        "tester", "one");

    Path root = dir.resolve("store/ocfl");
    assertThat(root.resolve("0=ocfl_1.1")).exists();
    try (Stream<Path> files = Files.walk(root)) {
      List<Path> inventories = files.filter(f -> f.getFileName().toString().equals("inventory.json")).toList();
      assertThat(inventories).isNotEmpty();
      String inventory = Files.readString(inventories.get(0));
      assertThat(inventory).contains("\"digestAlgorithm\":\"sha512\"").contains("\"id\":\"opis:documents/1\"")
          .contains("\"type\":\"https://ocfl.io/1.1/spec/#inventory\"").contains("\"message\":\"one\"").contains("\"name\":\"tester\"");
      assertThat(inventories.get(0).resolveSibling("inventory.json.sha512")).exists();
    }
  }

  @Test
  void listsPastAnObjectWhoseFirstVersionNeverCameIn() throws Exception {
    keepOne(ONE);
    keepOne(TWO);
    Path two = OcflFiles.objectRoot(dir.resolve("store/ocfl"), "opis:documents/2");
    // as if killed after the object's folder and conformance file were made, before version 1 moved in
    OcflFiles.deleteAllBut(two, "0=ocfl_object_1.1");

    assertThat(store.documents()).containsExactly(ONE);
    // the next write of that document writes it whole
    keepOne(TWO);
    assertThat(store.documents()).containsExactly(ONE, TWO);
    assertThat(store.names(TWO)).containsExactly("p1.png");
  }

  @Test
  void listsAndReadsADocumentWhoseRootInventoryACrashCutOff() throws Exception {
    keepOne(ONE);
    Path one = OcflFiles.objectRoot(dir.resolve("store/ocfl"), "opis:documents/1");
    byte[] inventory = Files.readAllBytes(one.resolve("inventory.json"));
    Files.write(one.resolve("inventory.json"), Arrays.copyOf(inventory, inventory.length / 3));
    Files.delete(one.resolve("inventory.json.sha512"));

    assertThat(store.documents()).containsExactly(ONE);
    assertThat(store.check(ONE)).singleElement().satisfies(c -> assertThat(c.problem()).isEmpty());
    assertThat(Files.readAllBytes(one.resolve("inventory.json"))).isEqualTo(inventory);

    Files.delete(one.resolve("inventory.json"));
    assertThat(store.documents()).containsExactly(ONE);
    assertThat(Files.readAllBytes(one.resolve("inventory.json"))).isEqualTo(inventory);
  }

  @Test
  void refusesToListAnObjectWhoseEveryVersionIsDamaged() throws Exception {
    keepOne(ONE);
    Path one = OcflFiles.objectRoot(dir.resolve("store/ocfl"), "opis:documents/1");
    Files.write(one.resolve("inventory.json"), new byte[0]);
    OcflFiles.flipAByte(one.resolve("v1/inventory.json"));

    // damage is not a write cut short: the listing names the object's folder instead of hiding it
    assertThatThrownBy(() -> store.documents()).isInstanceOf(StorageException.class)
        .hasMessageContaining(dir.resolve("store/ocfl").relativize(one).toString());
  }

  private void keepOne(DocumentId id) throws IOException {
    store.keep(id, List.of(new Incoming("p1.png", ScanFiles.write(dir, "p1-" + id.value() + ".png",
        ScanFiles.image("png", 10, 10)))), "tester", "one");
  }
}

package org.opis.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.opis.files.ocfl.OcflFileStore;

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
}

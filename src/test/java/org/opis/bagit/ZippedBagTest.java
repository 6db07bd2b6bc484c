package org.opis.bagit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.problem.InvalidInputException;

/** Unpacking a zipped bag within limits, counted from the bytes written, never from what entries claim. */
class ZippedBagTest {
  @TempDir Path dir;

  private Path zip(String... namesAndContents) throws Exception {
    Path zip = dir.resolve("bag.zip");
    try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        out.putNextEntry(new ZipEntry(namesAndContents[i]));
        out.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return zip;
  }

  private Path into() throws Exception {
    return Files.createDirectories(dir.resolve("into"));
  }

  @Test
  void findsTheBagInTheZipsOneTopFolderLeavingOutWhatMacOsAdds() throws Exception {
    Path zip = zip("bag/bagit.txt", "BagIt-Version: 1.0\n", "bag/data/a.txt", "a", "__MACOSX/bag/._a.txt", "x");

    Path root = ZippedBag.unpack(zip, "bag.zip", into(), ZipLimits.DEFAULT);

    assertThat(root).isEqualTo(dir.resolve("into/bag"));
    assertThat(root.resolve("data/a.txt")).hasContent("a");
  }

  @Test
  void refusesAFileLargerThanTheLimitForOne() throws Exception {
    Path zip = zip("bagit.txt", "x", "data/big.txt", "y".repeat(101));

    assertThatThrownBy(() -> ZippedBag.unpack(zip, "bag.zip", into(), new ZipLimits(100, 1000, 10, 200)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("bag.zip, entry \"data/big.txt\": unpacks to more than 100 bytes, the most Opis unpacks for one file");
  }

  @Test
  void refusesAZipLargerThanTheLimitForAll() throws Exception {
    Path zip = zip("bagit.txt", "x".repeat(80), "data/a.txt", "y".repeat(80));

    assertThatThrownBy(() -> ZippedBag.unpack(zip, "bag.zip", into(), new ZipLimits(100, 150, 10, 200)))
        .hasMessage("bag.zip, entry \"data/a.txt\": the zip unpacks to more than 150 bytes, the most Opis unpacks");
  }

  @Test
  void refusesTooManyEntriesBeforeUnpackingAny() throws Exception {
    Path zip = zip("bagit.txt", "x", "data/a.txt", "a", "data/b.txt", "b");

    assertThatThrownBy(() -> ZippedBag.unpack(zip, "bag.zip", into(), new ZipLimits(100, 1000, 2, 200)))
        .hasMessage("bag.zip: the zip holds 3 entries, more than the 2 Opis unpacks");
    assertThat(dir.resolve("into/bagit.txt")).doesNotExist();
  }

  @Test
  void refusesAbsoluteAndNulNamesAndAZipWithoutABag() throws Exception {
    assertThatThrownBy(() -> ZippedBag.unpack(zip("/etc/cron.d/x", "x"), "bag.zip", into(), ZipLimits.DEFAULT))
        .hasMessageContaining("the path \"/etc/cron.d/x\" is absolute");
    Files.delete(dir.resolve("bag.zip"));
    assertThatThrownBy(() -> ZippedBag.unpack(zip("data/a.txt", "a"), "bag.zip", into(), ZipLimits.DEFAULT))
        .hasMessage("bag.zip: the zip holds no bag: there is no bagit.txt at its top or in its one top folder");
    Files.writeString(dir.resolve("bag.zip"), "not a zip");
    assertThatThrownBy(() -> ZippedBag.unpack(dir.resolve("bag.zip"), "bag.zip", Files.createDirectories(
        dir.resolve("other")), ZipLimits.DEFAULT)).hasMessageStartingWith("bag.zip: not a zip file that can be read");
  }
}

package org.opis.bagit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.problem.InvalidInputException;
import org.opis.problem.Problem;

/** Validation of the tag files themselves: declaration, manifest lines, algorithms, versions. */
class BagCheckTest {
  @TempDir Path dir;
  private Path bag;

  @BeforeEach
  void aBag() throws Exception {
    bag = dir.resolve("bag");
    BagWriter writer = new BagWriter(bag);
    writer.add("a.txt", "a");
    writer.add("b.txt", "b");
    writer.finish(List.of());
  }

  private List<String> problems() {
    try {
      BagCheck.check(bag, "bag");
    } catch (InvalidInputException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
    throw new AssertionError("the bag was found valid");
  }

  @Test
  void refusesAManifestInAnAlgorithmOpisCannotVerify() throws Exception {
    Files.writeString(bag.resolve("manifest-blake3.txt"), "abc  data/a.txt\n");

    assertThat(problems()).containsExactly("bag/manifest-blake3.txt: \"blake3\" is a checksum algorithm Opis cannot "
        + "verify; it verifies md5, sha1, sha224, sha256, sha384, sha512");
  }

  @Test
  void refusesBadManifestLinesEachAtItsLine() throws Exception {
    Path manifest = bag.resolve("manifest-sha256.txt");
    List<String> lines = Files.readAllLines(manifest);
    Files.writeString(manifest, lines.get(0) + "\n" + lines.get(0) + "\nabc  data/b.txt\njust-one-word\n");

    assertThat(problems()).containsExactly(
        "bag/manifest-sha256.txt, line 2: \"data/a.txt\" is listed twice, first on line 1",
        "bag/manifest-sha256.txt, line 3: \"abc\" is not a sha256 checksum (64 hexadecimal digits)",
        "bag/manifest-sha256.txt, line 4: \"just-one-word\" is not a checksum followed by a path",
        "bag/data/b.txt: is not listed in manifest-sha256.txt; in a BagIt 1.0 bag every payload manifest lists every "
            + "payload file");
  }

  @Test
  void letsA097BagListAPayloadFileInOneManifestOnly() throws Exception {
    Path manifest = bag.resolve("manifest-sha256.txt");
    Files.writeString(manifest, Files.readAllLines(manifest).get(0) + "\n");
    Files.delete(bag.resolve("tagmanifest-sha256.txt"));
    Files.delete(bag.resolve("tagmanifest-sha512.txt"));
    Files.writeString(bag.resolve("bagit.txt"), "BagIt-Version: 0.97\nTag-File-Character-Encoding: UTF-8\n");

    assertThat(BagCheck.check(bag, "bag").payload()).containsExactly("data/a.txt", "data/b.txt");
  }

  @Test
  void refusesADeclarationInAnotherEncodingOrWithAByteOrderMark() throws Exception {
    Files.writeString(bag.resolve("bagit.txt"), "\uFEFFBagIt-Version: 1.0\nTag-File-Character-Encoding: ISO-8859-1\n");

    assertThat(problems()).containsExactly(
        "bag/bagit.txt, line 1: the file starts with a byte-order mark, which bagit.txt must not have",
        "bag/bagit.txt, line 2: the tag files are declared in \"ISO-8859-1\"; Opis reads bags whose tag files are UTF-8");
  }

  @Test
  void refusesATagFileThatIsNotUtf8() throws Exception {
    Files.write(bag.resolve("bag-info.txt"), new byte[] {'A', ':', ' ', 'a', '\r', '\n', 'B', ':', ' ', 'b', '\r', 'C',
        ':', ' ', (byte) 0xC3, '\n'});

    // the line with the bad byte, though the reader has the whole file in hand from the start
    assertThat(problems()).contains("bag/bag-info.txt, line 3: the file is not UTF-8 text, which tag files must be");
  }
}

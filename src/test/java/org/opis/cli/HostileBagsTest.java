package org.opis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bags that must be refused: damaged, incomplete, lying, or made to attack the archive. Each is
 * refused with the file and line of every problem, and nothing of it is stored: no document in
 * the catalog, no original in the store.
 */
class HostileBagsTest {
  @TempDir static Path shared;
  private static Path valid;
  @TempDir Path dir;
  private Path bag;
  private Path target;

  // one archive and its bag for every test, each test spoiling a copy of the bag
  @BeforeAll
  static void aValidBag() throws Exception {
    Path data = shared.resolve("source");
    Bags.fill(data, shared);
    valid = shared.resolve("bag");
    Bags.ok(Console.run("export", "--data", data.toString(), "--format", "bagit", valid.toString()));
  }

  @BeforeEach
  void aCopyOfTheBag() throws Exception {
    bag = dir.resolve("bag");
    Bags.copy(valid, bag);
    target = dir.resolve("target");
  }

  private Console refused(Path what) {
    Console c = Console.run("import", "--data", target.toString(), what.toString());
    assertThat(c.exit()).as(c.out() + c.err()).isEqualTo(ExitCodes.REJECTED);
    assertThat(c.out()).startsWith(what + ": rejected: ");
    assertThat(Bags.held(target)).as("nothing stored").containsExactly(0, 0);
    return c;
  }

  private int lineOf(String manifest, String path) throws Exception {
    List<String> lines = Files.readAllLines(bag.resolve(manifest));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).endsWith("  " + path)) {
        return i + 1;
      }
    }
    throw new AssertionError(path + " is not in " + manifest);
  }

  @Test
  void refusesAFileWhoseChecksumDoesNotMatch() throws Exception {
    Path record = bag.resolve("data/records/documents/1.json");
    String json = Files.readString(record);
    Files.writeString(record, json.replace("Stalin", "Stolin"));

    Console c = refused(bag);

    assertThat(c.out()).contains(bag + "/manifest-sha256.txt, line " + lineOf("manifest-sha256.txt",
        "data/records/documents/1.json") + ": \"data/records/documents/1.json\" has the sha256 checksum ")
        .contains(bag + "/manifest-sha512.txt, line " + lineOf("manifest-sha512.txt", "data/records/documents/1.json")
            + ": \"data/records/documents/1.json\" has the sha512 checksum ")
        .contains("as listed: the file was changed or damaged");
  }

  @Test
  void refusesABagMissingAPayloadFile() throws Exception {
    Files.delete(bag.resolve("data/originals/5/p2.tiff"));

    Console c = refused(bag);

    assertThat(c.out()).contains(bag + "/manifest-sha512.txt, line " + lineOf("manifest-sha512.txt",
        "data/originals/5/p2.tiff") + ": lists \"data/originals/5/p2.tiff\", which is not in the bag")
        .contains(bag + "/bag-info.txt, line 5, field \"Payload-Oxum\": says ");
  }

  @Test
  void refusesAPayloadFileNoManifestLists() throws Exception {
    Files.writeString(bag.resolve("data/originals/5/p3.txt"), "slipped in");

    Console c = refused(bag);

    assertThat(c.out()).contains(bag + "/data/originals/5/p3.txt: is in no payload manifest, so nothing vouches for it");
  }

  @Test
  void refusesAnUnknownBagItVersion() throws Exception {
    Files.writeString(bag.resolve("bagit.txt"), "BagIt-Version: 2.0\nTag-File-Character-Encoding: UTF-8\n");

    Console c = refused(bag);

    assertThat(c.out()).isEqualTo(bag + ": rejected: " + bag + "/bagit.txt, line 1: BagIt version \"2.0\" is not one "
        + "Opis reads (1.0 or 0.97)\n");
  }

  @Test
  void refusesABagWithoutBagitTxtWhenNamedAsABag() throws Exception {
    Files.delete(bag.resolve("bagit.txt"));
    Console c = Console.run("import", "--data", target.toString(), "--format", "bagit", bag.toString());
    assertThat(c.out()).isEqualTo(bag + ": rejected: " + bag + ": there is no bagit.txt, so this is not a BagIt bag\n");
    assertThat(Bags.held(target)).containsExactly(0, 0);
  }

  @Test
  void refusesABagThatWantsFilesFetched() throws Exception {
    Files.writeString(bag.resolve("fetch.txt"), "https://example.org/scan.tif 1000 data/originals/5/scan.tif\n");

    Console c = refused(bag);

    assertThat(c.out()).contains(bag + "/fetch.txt: the bag lists files to fetch from elsewhere, and Opis fetches "
        + "nothing");
  }

  @Test
  void refusesAManifestLineThatLeadsOutOfTheBag() throws Exception {
    Path manifest = bag.resolve("manifest-sha512.txt");
    int lines = Files.readAllLines(manifest).size();
    Files.writeString(manifest, "0".repeat(128) + "  data/../../../etc/passwd\n" + "1".repeat(128) + "  /etc/shadow\n"
        + "2".repeat(128) + "  data\\..\\..\\boot.ini\n", StandardOpenOption.APPEND);

    Console c = refused(bag);

    assertThat(c.out())
        .contains(bag + "/manifest-sha512.txt, line " + (lines + 1)
            + ": the path \"data/../../../etc/passwd\" goes up (..) out of its folder")
        .contains(bag + "/manifest-sha512.txt, line " + (lines + 2)
            + ": the path \"/etc/shadow\" is absolute; a bag's paths are relative to its folder")
        .contains(bag + "/manifest-sha512.txt, line " + (lines + 3) + ": the path \"data\\..\\..\\boot.ini\" holds a "
            + "backslash");
  }

  @Test
  void refusesAZipEntryThatLeadsOutOfTheFolder() throws Exception {
    Path zip = Bags.zip(bag, dir.resolve("bag.zip"));
    try (OutputStream file = Files.newOutputStream(dir.resolve("evil.zip"));
        ZipOutputStream out = new ZipOutputStream(file)) {
      out.putNextEntry(new ZipEntry("../../escaped.txt"));
      out.write("out of the folder".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }

    Console c = refused(dir.resolve("evil.zip"));

    assertThat(c.out()).contains(dir.resolve("evil.zip") + ", entry \"../../escaped.txt\": the path "
        + "\"../../escaped.txt\" goes up (..) out of its folder; nothing was unpacked into the archive");
    assertThat(dir.resolve("escaped.txt")).doesNotExist();
    assertThat(target.resolve("escaped.txt")).doesNotExist();
    assertThat(zip).exists();
  }

  @Test
  void refusesAZipBombWhileUnpackingIt() throws Exception {
    Path bomb = dir.resolve("bomb.zip");
    try (OutputStream file = Files.newOutputStream(bomb); ZipOutputStream out = new ZipOutputStream(file)) {
      out.putNextEntry(new ZipEntry("bag/data/zeros.bin"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        out.write(zeros);
      }
      out.closeEntry();
    }
    assertThat(Files.size(bomb)).isLessThan(200_000);

    Console c = refused(bomb);

    assertThat(c.out()).contains(bomb + ", entry \"bag/data/zeros.bin\": unpacks to more than 200 times its packed "
        + "size of ").contains("bytes: a zip bomb, not a bag");
    try (var left = Files.list(target.resolve("derivatives"))) {
      assertThat(left).as("the unpacked part is removed").noneMatch(p -> p.getFileName().toString().startsWith("bag-"));
    }
  }

  @Test
  void refusesATagFileLineLongerThanAnyRealOne() throws Exception {
    Files.writeString(bag.resolve("bag-info.txt"), "Internal-Sender-Description: " + "x".repeat(100_000) + "\n",
        StandardOpenOption.APPEND);

    Console c = refused(bag);

    assertThat(c.out()).contains(bag + "/bag-info.txt, line 7: the line is longer than 65,536 bytes");
  }

  @Test
  void refusesAWrongPayloadOxum() throws Exception {
    Path info = bag.resolve("bag-info.txt");
    Files.writeString(info, Files.readString(info).replaceAll("Payload-Oxum: \\d+\\.(\\d+)", "Payload-Oxum: 12.$1"));

    long files;
    try (java.util.stream.Stream<Path> payload = Files.walk(bag.resolve("data"))) {
      files = payload.filter(Files::isRegularFile).count();
    }

    Console c = refused(bag);

    assertThat(c.out()).containsPattern(java.util.regex.Pattern.quote(bag + "/bag-info.txt, line 5, field "
        + "\"Payload-Oxum\": says 12 bytes in " + files + " files, but the payload holds ") + "\\d+ bytes in " + files
        + " files");
  }

  @Test
  void refusesALinkInThePayloadInsteadOfFollowingIt() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "not for the archive");
    Files.createSymbolicLink(bag.resolve("data/records/documents/99.json"), secret);

    Console c = refused(bag);

    assertThat(c.out()).contains(bag + "/data/records/documents/99.json: is a link or a special file, not a file of "
        + "the bag");
  }
}

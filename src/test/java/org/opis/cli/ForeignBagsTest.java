package org.opis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.bagit.LibraryOfCongress;
import org.opis.files.ScanFiles;
import org.opis.record.DocumentId;
import org.opis.wiring.Archive;

/**
 * Bags Opis did not write: made by the Library of Congress's library from a folder of the files
 * opis import reads, or by hand as a BagIt 0.97 bag with MD5 and SHA-1 manifests; and such bags
 * carrying what an archive must refuse (an XML entity attack, a scan outside the bag).
 */
class ForeignBagsTest {
  @TempDir Path dir;

  private Path target() {
    return dir.resolve("target");
  }

  @Test
  void importsABagAnotherSystemMadeFromTheFilesOpisImportReads() throws Exception {
    Path incoming = Files.createDirectories(dir.resolve("incoming"));
    Files.copy(ImportCommandTest.SEED, incoming.resolve("telegram.txt"));
    Files.copy(Bags.IRAN, incoming.resolve("frus-iran.xml"));
    ScanFiles.write(incoming, "scans/minutes-p1.png", ScanFiles.image("png", 50, 70));
    Files.writeString(incoming.resolve("minutes.csv"), "title,date,scans\nMinutes of the meeting,3 March 1918 O.S.,"
        + "scans/minutes-p1.png\n", StandardCharsets.UTF_8);
    Files.writeString(incoming.resolve("letter.json"), "{\"title\": \"A letter\", \"date\": \"1950\"}");
    ScanFiles.write(incoming, "letter/page-1.jpg", ScanFiles.image("jpeg", 60, 90));
    ScanFiles.write(incoming, "letter/page-2.pdf", ScanFiles.pdf(1));
    Files.write(incoming.resolve("notes.bin"), new byte[] {0, 1, 2, 3});
    LibraryOfCongress.bagInPlace(incoming);

    Console c = Bags.ok(Console.run("import", "--data", target().toString(), incoming.toString()));

    assertThat(c.out()).isEqualTo(incoming + "/data/notes.bin: left aside: not a record, nor a scan or PDF one names\n"
        + incoming + ": imported 6 documents (6 new, 10 authority records)\n");
    try (Archive a = Bags.open(target())) {
      assertThat(a.files().documents()).hasSize(2);
      assertThat(a.files().documents().stream().map(a.files()::names)).containsExactlyInAnyOrder(
          java.util.List.of("minutes-p1.png"), java.util.List.of("page-1.jpg", "page-2.pdf"));
    }
  }

  @Test
  void importsABagItZeroNinetySevenBagWithMd5AndSha1Manifests() throws Exception {
    Path bag = Files.createDirectories(dir.resolve("old-bag/data"));
    byte[] telegram = Files.readAllBytes(ImportCommandTest.SEED);
    Files.write(bag.resolve("telegram.txt"), telegram);
    Path root = bag.getParent();
    Files.writeString(root.resolve("bagit.txt"), "BagIt-Version: 0.97\r\nTag-File-Character-Encoding: UTF-8\r\n");
    Files.writeString(root.resolve("manifest-md5.txt"), hex("MD5", telegram) + " data/telegram.txt\r\n");
    Files.writeString(root.resolve("manifest-sha1.txt"), hex("SHA-1", telegram) + "\tdata/telegram.txt\r\n");

    Console c = Bags.ok(Console.run("import", "--data", target().toString(), root.toString()));

    assertThat(c.out()).isEqualTo(root + ": imported 1 document (1 new)\n");

    Files.writeString(root.resolve("manifest-sha1.txt"), "0".repeat(40) + " data/telegram.txt\n");
    Console wrong = Console.run("import", "--data", dir.resolve("other").toString(), root.toString());
    assertThat(wrong.out()).isEqualTo(root + ": rejected: " + root + "/manifest-sha1.txt, line 1: \"data/telegram.txt\" "
        + "has the sha1 checksum " + hex("SHA-1", telegram) + ", not " + "0".repeat(40) + " as listed: the file was "
        + "changed or damaged\n");
  }

  private static String hex(String algorithm, byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
  }

  // a bag's TEI goes through the same hardened reader as any TEI file: no DTD, so no entity bomb and no XXE
  @Test
  void refusesATeiFileWithAnEntityAttackInABag() throws Exception {
    Path incoming = Files.createDirectories(dir.resolve("incoming"));
    Files.copy(ImportCommandTest.SEED, incoming.resolve("telegram.txt"));
    Files.writeString(incoming.resolve("evil.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [<!ENTITY xxe SYSTEM "
        + "\"file:///etc/passwd\">]>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>"
        + "&xxe;</title></titleStmt></fileDesc></teiHeader><text><body><p>x</p></body></text></TEI>\n");
    LibraryOfCongress.bagInPlace(incoming);

    Console c = Console.run("import", "--data", target().toString(), incoming.toString());

    assertThat(c.exit()).isEqualTo(ExitCodes.REJECTED);
    assertThat(c.out()).startsWith(incoming + ": rejected: " + incoming + "/data/evil.xml, line 2: the file has a "
        + "document type declaration (<!DOCTYPE ...>), which Opis refuses");
    assertThat(c.out()).doesNotContain("root:");
    assertThat(Bags.held(target())).containsExactly(0, 0);
  }

  @Test
  void refusesARecordNamingAScanOutsideTheBag() throws Exception {
    ScanFiles.write(dir, "private/photo.png", ScanFiles.image("png", 10, 10));
    Path incoming = Files.createDirectories(dir.resolve("a/b/incoming"));
    Files.writeString(incoming.resolve("letter.json"), "{\"title\": \"A letter\", \"attachments\": "
        + "[\"../../../../private/photo.png\"]}");
    LibraryOfCongress.bagInPlace(incoming);

    Console c = Console.run("import", "--data", target().toString(), incoming.toString());

    assertThat(c.out()).isEqualTo(incoming + ": rejected: " + incoming + "/data/letter.json, at /attachments/0: the "
        + "attachment \"../../../../private/photo.png\" leads out of the record's folder (..); keep scans beside or below"
        + " the record\n");
    assertThat(Bags.held(target())).containsExactly(0, 0);
  }

  @Test
  void refusesAnOpisBagWhoseRecordDescribesAnotherOriginalThanTheOneItHolds() throws Exception {
    Path source = dir.resolve("source");
    Bags.fill(source, dir);
    Path bag = dir.resolve("bag");
    Bags.ok(Console.run("export", "--data", source.toString(), "--format", "bagit", bag.toString()));
    // the payload re-bagged by another system after a scan was swapped: every checksum right, the record wrong
    Path rebagged = dir.resolve("rebagged");
    Bags.copy(bag.resolve("data"), rebagged);
    ScanFiles.write(rebagged, "originals/1/p1.png", ScanFiles.image("png", 121, 80));
    LibraryOfCongress.bagInPlace(rebagged);

    Console c = Console.run("import", "--data", target().toString(), rebagged.toString());

    assertThat(c.out()).startsWith(rebagged + ": rejected: " + rebagged + "/data/records/documents/1.json, field "
        + "\"attachments\": the record gives \"p1.png\" the SHA-512 ")
        .contains(", but data/originals/1/p1.png has ");
    assertThat(Bags.held(target())).containsExactly(0, 0);
    try (Archive a = Bags.open(target())) {
      assertThat(a.files().names(new DocumentId("1"))).isEmpty();
    }
  }
}

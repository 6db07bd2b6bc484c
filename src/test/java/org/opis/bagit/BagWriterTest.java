package org.opis.bagit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.loc.repository.bagit.domain.Bag;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bag writer alone, judged by the Library of Congress's validator and by Opis's own. */
class BagWriterTest {
  @TempDir Path dir;

  @Test
  void writesABagTheLibraryOfCongressAcceptsWithFileNamesHoldingNewlines() throws Exception {
    Path root = dir.resolve("bag");
    BagWriter writer = new BagWriter(root);
    writer.add("originals/1/page 1.txt", "one");
    writer.add("originals/1/two\nlines\r.txt", "two");
    writer.finish(List.of(new BagInfo.Field("Source-Organization", "Archive\nForged-Field: x")));

    Bag bag = LibraryOfCongress.verify(root);

    assertThat(bag.getVersion().toString()).isEqualTo("1.0");
    assertThat(Files.readString(root.resolve("manifest-sha512.txt"))).contains(
        "  data/originals/1/page 1.txt\n", "  data/originals/1/two%0Alines%0D.txt\n");
    assertThat(Files.readString(root.resolve("bag-info.txt"), StandardCharsets.UTF_8)).startsWith(
        "Source-Organization: Archive Forged-Field: x\nPayload-Oxum: 6.2\nBag-Size: 6 bytes\n");
    assertThat(BagCheck.check(root, "bag").payload()).containsExactly(
        "data/originals/1/page 1.txt", "data/originals/1/two\nlines\r.txt");
  }

  // RFC 8493 wants % written %25; the Library of Congress's library 5.2.0 does not decode it (its issue #139),
  // so this is checked by Opis's own reader only
  @Test
  void writesAPercentSignInAFileNameAsRfc8493Says() throws Exception {
    Path root = dir.resolve("bag");
    BagWriter writer = new BagWriter(root);
    writer.add("originals/1/page 100%.txt", "one");
    writer.finish(List.of());

    assertThat(Files.readString(root.resolve("manifest-sha256.txt"))).endsWith("  data/originals/1/page 100%25.txt\n");
    assertThat(BagCheck.check(root, "bag").payload()).containsExactly("data/originals/1/page 100%.txt");
  }

  @Test
  void listsAThousandFilesInTheOrderWrittenAndRefusesOneWrittenTwice() throws Exception {
    Path root = dir.resolve("bag");
    List<String> written = new java.util.ArrayList<>();
    try (BagWriter writer = new BagWriter(root)) {
      for (int i = 1_000; i > 0; i--) {
        writer.add("records/documents/" + i + ".json", "{\"id\": \"" + i + "\"}\n");
        written.add("data/records/documents/" + i + ".json");
      }
      assertThatThrownBy(() -> writer.add("records/documents/17.json", "again"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("data/records/documents/17.json")
          .hasMessageContaining("written twice");
      // unfinished: no bagit.txt, so nothing takes it for a bag
      assertThat(root.resolve("bagit.txt")).doesNotExist();
      writer.finish(List.of());
    }

    LibraryOfCongress.verify(root);
    assertThat(Files.readString(root.resolve("data/records/documents/17.json"))).isEqualTo("{\"id\": \"17\"}\n");
    assertThat(Files.readAllLines(root.resolve("manifest-sha256.txt"))).extracting(line -> line.substring(66))
        .containsExactlyElementsOf(written);
    assertThat(Files.readString(root.resolve("bag-info.txt"))).contains("Payload-Oxum: " + written.stream()
        .mapToInt(p -> ("{\"id\": \"" + p.replaceAll("\\D", "") + "\"}\n").length()).sum() + ".1000\n");
    assertThat(BagCheck.check(root, "bag").payload()).hasSize(1_000);
  }

  @Test
  void namesRecordFilesByIdentifierWithAnythingButLettersDigitsAndDashesWrittenInHex() {
    assertThat(Layout.person("kuchuk-khan")).isEqualTo("records/people/kuchuk-khan.json");
    assertThat(Layout.person("../x%y")).isEqualTo("records/people/~2E.~2Fx~25y.json");
    assertThat(Layout.document("12")).isEqualTo("records/documents/12.json");
  }

  @Test
  void sizesBagsForPeople() {
    assertThat(BagWriter.size(1)).isEqualTo("1 byte");
    assertThat(BagWriter.size(999)).isEqualTo("999 bytes");
    assertThat(BagWriter.size(74_228)).isEqualTo("74.2 KB");
    assertThat(BagWriter.size(3_500_000_000L)).isEqualTo("3.5 GB");
  }
}

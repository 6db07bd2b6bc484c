package org.opis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import a FRUS volume, export its documents as TEI, import those files into an empty archive:
 * every document comes back as it was, but for what the receiving archive gives it itself.
 */
class TeiRoundTripTest {
  @TempDir Path dir;

  @Test
  void importedDocumentsComeBackFromTheirTeiExportUnchanged() throws Exception {
    Path first = dir.resolve("first");
    Console in = Console.run("import", "--data", first.toString(),
        TeiCommandsTest.IRAN.toString(), TeiCommandsTest.APPENDIX.toString());
    assertThat(in.exit()).as(in.out() + in.err()).isZero();
    Path tei = dir.resolve("tei");
    Console out = Console.run("export", "--data", first.toString(), "--format", "tei",
        "--base-url", "https://archive.example.org", tei.toString());
    assertThat(out.exit()).as(out.err()).isZero();
    assertThat(out.out()).isEqualTo(tei + ": exported 49 documents as TEI\n");
    String letter = Files.readString(tei.resolve("1.xml"));
    assertThat(letter).contains("<idno type=\"URI\">https://archive.example.org/documents/1</idno>",
        "<repository>Johnson Library</repository>", "<correspAction type=\"sent\">",
        "NSC <gloss>National Security Council</gloss>",
        "<persName key=\"frus1964-68v22-p-jlb1\" ref=\"#person-frus1964-68v22-p-jlb1\">Johnson</persName>",
        "<person xml:id=\"person-frus1964-68v22-p-jlb1\">\n        <persName>Johnson, Lyndon B.</persName>\n"
            + "        <persName type=\"variant\">Lyndon B. Johnson</persName>",
        "<note>President of the United States</note>");

    Path second = dir.resolve("second");
    Console back = Console.run("import", "--data", second.toString(), tei.toString());
    assertThat(back.exit()).as(back.out() + back.err()).isZero();
    assertThat(back.out().lines()).hasSize(49).allMatch(l -> l.endsWith(": imported 1 document (1 new)"));

    Map<String, JsonNode> before = comparable(TeiCommandsTest.export(first, dir));
    Map<String, JsonNode> after = comparable(TeiCommandsTest.export(second, dir));
    assertThat(after.keySet()).isEqualTo(before.keySet());
    for (String key : before.keySet()) {
      assertThat(after.get(key)).as(key).isEqualTo(before.get(key));
    }
  }

  @Test
  void theSeedTelegramAndASyntheticCorpusComeBackUnchanged() throws Exception {
    Path corpus = dir.resolve("corpus.jsonl");
    assertThat(Console.run("generate", "--count", "120", "--seed", "7", corpus.toString()).exit()).isZero();
    Path first = dir.resolve("first");
    Console in = Console.run("import", "--data", first.toString(), corpus.toString(), ImportCommandTest.SEED.toString());
    assertThat(in.exit()).as(in.out() + in.err()).isZero();
    Path tei = dir.resolve("tei");
    assertThat(Console.run("export", "--data", first.toString(), "--format", "tei", tei.toString()).exit()).isZero();
    Path second = dir.resolve("second");
    Console back = Console.run("import", "--data", second.toString(), tei.toString());
    assertThat(back.exit()).as(back.out() + back.err()).isZero();

    // who may see each document comes back too: a restricted one stays restricted
    Map<String, JsonNode> before = comparable(TeiCommandsTest.export(first, dir), "related", "attachments");
    Map<String, JsonNode> after = comparable(TeiCommandsTest.export(second, dir), "related", "attachments");
    assertThat(after.keySet()).isEqualTo(before.keySet()).hasSize(121);
    for (String key : before.keySet()) {
      assertThat(after.get(key)).as(key).isEqualTo(before.get(key));
    }
  }

  @Test
  void refusesToExportTeiIntoAFolderThatHoldsFiles() throws Exception {
    Path full = Files.createDirectories(dir.resolve("full"));
    Files.writeString(full.resolve("keep.txt"), "mine");
    Console c = Console.run("export", "--data", dir.resolve("data").toString(), "--format", "tei", full.toString());
    assertThat(c.exit()).isEqualTo(3);
    assertThat(c.err()).contains("cannot export the TEI files into " + full + ": it is not an empty folder");
    assertThat(Files.readString(full.resolve("keep.txt"))).isEqualTo("mine");
  }

  // what the receiving archive gives a document itself: its number, its dates in the archive, its provenance
  // (and, for documents of another archive, what a TEI file does not carry: who may see it, the
  // editor's links and the scans)
  private static Map<String, JsonNode> comparable(List<JsonNode> records, String... alsoLeftOut) {
    Map<String, JsonNode> byContent = new TreeMap<>();
    for (JsonNode d : TeiCommandsTest.documents(records)) {
      ObjectNode copy = d.deepCopy();
      Stream.concat(Stream.of("id", "uploaded", "modified", "provenance"), Stream.of(alsoLeftOut)).forEach(copy::remove);
      byContent.put(d.path("title").asText() + " " + d.path("date").path("edtf").asText() + " " + copy.hashCode(), copy);
    }
    return byContent;
  }
}

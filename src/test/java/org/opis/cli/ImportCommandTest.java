package org.opis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
  static final Path SEED = Path.of(System.getProperty("opis.shared", "../shared"), "seed",
      "wilson-center-telegram-1920-11-16.txt");

  @TempDir Path dir;
  Path data;

  @BeforeEach
  void archiveWithTheSeed() {
    data = dir.resolve("data");
    Console first = Console.run("import", "--data", data.toString(), SEED.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).isEqualTo(SEED + ": imported 1 document (1 new)\n");
  }

  private String export() throws Exception {
    Path out = dir.resolve("export-" + System.nanoTime() + ".jsonl");
    Console c = Console.run("export", "--data", data.toString(), out.toString());
    assertThat(c.exit()).as(c.err()).isZero();
    return Files.readString(out);
  }

  private Path file(String name, String content) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, content, StandardCharsets.UTF_8);
    return f;
  }

  private Path file(String name, byte[] content) throws Exception {
    Path f = dir.resolve(name);
    Files.write(f, content);
    return f;
  }

  /** Imports a bad file: it must be rejected with these words and leave the archive as it was. */
  private void rejects(Path bad, String expected) throws Exception {
    String before = export();
    Console c = Console.run("import", "--data", data.toString(), bad.toString());
    assertThat(c.exit()).isEqualTo(3);
    assertThat(c.out()).startsWith(bad + ": rejected: " + expected);
    assertThat(export()).isEqualTo(before);
  }

  @Test
  void importingTheSameFileTwiceCreatesNoDuplicates() throws Exception {
    Console again = Console.run("import", "--data", data.toString(), SEED.toString());
    assertThat(again.out()).isEqualTo(SEED + ": imported 1 document (1 unchanged)\n");
    assertThat(export().lines().filter(l -> l.contains("\"title\":\"Telegram, Stalin"))).hasSize(1);
  }

  @Test
  void rejectsAMergeIntoARecordTheArchiveLacksNamingTheRecordAndKeepingNothingOfTheFile() throws Exception {
    Path f = file("merges.jsonl", "{\"record\":\"person\",\"id\":\"lenin\",\"name\":\"Lenin\"}\n"
        + "{\"title\":\"A letter to Lenin\",\"recipients\":[\"Lenin\"]}\n"
        + "{\"record\":\"merged\",\"id\":\"ulyanov\",\"into\":\"vladimir-lenin\"}\n");
    rejects(f, f + ", record 3: \"ulyanov\" was merged into \"vladimir-lenin\", which is no person, organisation or"
        + " place of this archive; the records a merge names come before it");
  }

  @Test
  void rejectsTruncatedJson() throws Exception {
    Path f = file("cut.json", "[{\"title\":\"A letter\"},{\"title\":\"Another\",\"summary\":\"and th");
    rejects(f, f + ", line 1: the JSON ends in the middle of a record");
  }

  @Test
  void rejectsWrongTypesNamingTheField() throws Exception {
    Path f = file("types.json", "{\"title\":\"A letter\",\"creators\":{\"name\":12}}");
    rejects(f, f + ", at /creators/name: \"name\" should be text, not the number 12");
  }

  @Test
  void rejectsAnImpossibleDate() throws Exception {
    Path f = file("dates.csv", "title,date\nMinutes,\"February 30, 1946\"\n");
    rejects(f, f + ", line 2, column \"date\": \"February 30, 1946\" is not a day: February 1946 has 28 days");
  }

  @Test
  void rejectsATenMegabyteField() throws Exception {
    Path f = file("huge.json", "{\"title\":\"A\",\"texts\":[{\"body\":\"" + "word ".repeat(2_100_000) + "\"}]}");
    rejects(f, f + ", at /texts/0/body: the text is 10,500,000 characters long; the most one text may hold is 1,000,000");
  }

  @Test
  void rejectsInvalidUtf8() throws Exception {
    Path f = file("latin1.csv", "title\nCaf\u00e9 minutes\n".getBytes(StandardCharsets.ISO_8859_1));
    rejects(f, f + ", line 2: the file is not UTF-8 text: byte 10 is not a valid UTF-8 character");
  }

  @Test
  void rejectsACsvWithoutTheTitleColumn() throws Exception {
    Path f = file("no-title.csv", "type,date\nletter,1920\n");
    rejects(f, f + ", line 1: the header has no \"title\" column");
  }

  @Test
  void rejectsABinaryFile() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    Path f = file("scan.json", png);
    rejects(f, f + ": this is a binary file, not text (it contains NUL bytes)");
  }

  @Test
  void rejectsAnEmptyFile() throws Exception {
    Path f = file("empty.csv", "");
    rejects(f, f + ": the file is empty");
  }

  @Test
  void rejectsAWholeFileWhenOneRecordIsBad() throws Exception {
    Path f = file("mixed.jsonl", "{\"title\":\"Good one\"}\n{\"title\":\"Bad one\",\"date\":\"Smarch 3, 1950\"}\n");
    rejects(f, f + ", line 2, at /date: cannot read \"Smarch 3, 1950\" as a date");
    assertThat(export()).doesNotContain("Good one");
  }

  @Test
  void rejectsAFileThatIsNotThere() throws Exception {
    rejects(dir.resolve("missing.json"), dir.resolve("missing.json") + ": there is no such file or folder");
  }

  @Test
  void importsAFolderSkippingWhatItCannotRead() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("batch/sub"));
    Files.writeString(folder.resolve("a.csv"), "title,date\nReport on Tabriz,1921\n");
    Files.writeString(folder.getParent().resolve("notes.md"), "# not a record\n");
    Files.writeString(folder.getParent().resolve(".hidden.json"), "{");
    Console c = Console.run("import", "--data", data.toString(), dir.resolve("batch").toString());
    assertThat(c.exit()).isZero();
    assertThat(c.out()).isEqualTo(
        folder.getParent().resolve("notes.md") + ": skipped: not a format Opis imports\n"
            + folder.resolve("a.csv") + ": imported 1 document (1 new)\n");
  }

  @Test
  void namesTheFormatsWhenAskedForAnUnknownOne() throws Exception {
    Path f = file("a.json", "{\"title\":\"A\"}");
    String before = export();
    Console c = Console.run("import", "--data", data.toString(), "--format", "xml", f.toString());
    // a mistake in the command line, said once before any file is read
    assertThat(c.out()).isEmpty();
    assertThat(c.err()).startsWith("there is no import format called \"xml\"; the formats are json, csv, tei, page-text,"
        + " bagit\n");
    assertThat(c.exit()).isEqualTo(2);
    assertThat(export()).isEqualTo(before);
  }

  @Test
  void exitsWithAUsageErrorWithoutPaths() {
    Console c = Console.run("import", "--data", data.toString());
    assertThat(c.exit()).isEqualTo(2);
    assertThat(c.err()).contains("Missing required parameter: 'PATH'");
  }
}

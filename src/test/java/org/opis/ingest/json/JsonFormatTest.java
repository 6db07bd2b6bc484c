package org.opis.ingest.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.ingest.FormatProbe;
import org.opis.record.Document;

class JsonFormatTest {
  @TempDir Path dir;
  private final JsonFormat format = new JsonFormat();

  private FormatProbe read(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return FormatProbe.read(format, file);
  }

  private FormatProbe readBytes(String name, byte[] content) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, content);
    return FormatProbe.read(format, file);
  }

  @Test
  void readsOneDocumentAListAndJsonLines() throws Exception {
    assertThat(read("one.json", "{\"title\":\"A\"}").documents()).extracting(Document::title).containsExactly("A");
    assertThat(read("list.json", "[{\"title\":\"A\"},\n{\"title\":\"B\"}]").documents())
        .extracting(Document::title).containsExactly("A", "B");
    assertThat(read("lines.jsonl", "{\"title\":\"A\"}\n\n{\"title\":\"B\"}\n").documents())
        .extracting(Document::title).containsExactly("A", "B");
    assertThat(read("lines.json", "{\"title\":\"A\"}\n{\"title\":\"B\"}\n").documents())
        .extracting(Document::title).containsExactly("A", "B");
  }

  @Test
  void readsAFileWithAByteOrderMark() throws Exception {
    assertThat(read("bom.json", "\uFEFF{\"title\":\"A\"}").documents()).hasSize(1);
    assertThat(read("bom.jsonl", "\uFEFF{\"title\":\"A\"}\n").documents()).hasSize(1);
  }

  @Test
  void refusesAKeyGivenTwiceInOneRecordRatherThanKeepTheLast() throws Exception {
    assertThat(read("twice.jsonl", "{\"title\":\"A\"}\n{\"title\":\"T1\",\"title\":\"T2\"}\n").report())
        .isEqualTo("twice.jsonl, line 2: this is not well-formed JSON (column 22): Duplicate field 'title'");
  }

  @Test
  void reportsTruncatedJsonWithItsLine() throws Exception {
    FormatProbe probe = read("cut.json", "[{\"title\":\"A\"},\n{\"title\":\"B\",\n\"summary\":\"and th");
    assertThat(probe.report()).startsWith("cut.json, line 3: the JSON ends in the middle of a record");
    assertThat(probe.report()).contains("the file looks truncated");
  }

  @Test
  void reportsEveryBadLineOfJsonLines() throws Exception {
    FormatProbe probe = read("bad.jsonl", "{\"title\":\"A\"}\n{\"title\":\n{\"title\":7}\n");
    assertThat(probe.problems()).hasSize(2);
    assertThat(probe.problems().get(0).toString()).startsWith("bad.jsonl, line 2: ");
    assertThat(probe.problems().get(1).toString())
        .isEqualTo("bad.jsonl, line 3, at /title: \"title\" should be text, not the number 7");
  }

  @Test
  void locatesProblemsInAListByPointer() throws Exception {
    FormatProbe probe = read("list.json", "[{\"title\":\"A\"},{\"title\":\"B\",\"creators\":5}]");
    assertThat(probe.report()).isEqualTo("list.json, at /1/creators: a name should be text, or an object with a \"name\", not the number 5");
  }

  @Test
  void rejectsInvalidUtf8NamingTheByte() throws Exception {
    byte[] bad = "{\"title\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(readBytes("latin1.json", bad).report())
        .isEqualTo("latin1.json, line 1: the file is not UTF-8 text: byte 14 is not a valid UTF-8 character "
            + "(save the file as UTF-8 and import it again)");
  }

  @Test
  void rejectsABinaryFileAndAnEmptyOne() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    assertThat(readBytes("scan.json", png).report()).startsWith("scan.json");
    assertThat(readBytes("nul.json", new byte[] {'{', 0, '}'}).report())
        .isEqualTo("nul.json: this is a binary file, not text (it contains NUL bytes)");
    assertThat(read("empty.json", "").report()).isEqualTo("empty.json: the file is empty");
    assertThat(read("blank.json", " \n\t\n").report()).isEqualTo("blank.json: the file is empty");
  }

  @Test
  void rejectsJsonThatIsNotARecord() throws Exception {
    assertThat(read("number.json", "42").report())
        .isEqualTo("number.json: a canonical JSON file holds a record (an object), a list of records, "
            + "or one record a line; this one starts with a number");
    assertThat(read("strings.json", "[\"a\"]").report())
        .isEqualTo("strings.json, at /0: a record should be an object with named fields, not the text \"a\"");
  }

  @Test
  void recognisesJsonByNameOrByContent() {
    assertThat(format.recognises("x.jsonl", new byte[0])).isTrue();
    assertThat(format.recognises("export", "  [{\"title\":1}]".getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(format.recognises("notes.txt", "Skip to content".getBytes(StandardCharsets.UTF_8))).isFalse();
  }
}

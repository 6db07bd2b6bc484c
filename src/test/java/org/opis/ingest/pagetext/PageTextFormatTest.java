package org.opis.ingest.pagetext;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.canonical.Entry;
import org.opis.problem.Problem;
import org.opis.record.Document;

/** Page text files: which files the format takes, and what it makes of good and bad ones. */
class PageTextFormatTest {
  static final byte[] PNG = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1,
      8, 2, 0, 0, 0, (byte) 0x90, 'w', 'S', (byte) 0xDE};

  final PageTextFormat format = new PageTextFormat();
  @TempDir Path dir;

  /** What reading a file gave: the records and the problems. */
  record Outcome(List<Entry> records, List<Problem> problems) {
    List<String> messages() {
      return problems.stream().map(Problem::toString).toList();
    }
  }

  Outcome read(Path file) {
    List<Entry> records = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    format.read(file, file.getFileName().toString(), records::add, problems::add);
    return new Outcome(records, problems);
  }

  Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  static byte[] head(byte[] bytes) {
    return Arrays.copyOf(bytes, Math.min(bytes.length, 8192));
  }

  @Test
  void isCalledPageText() {
    assertThat(format.name()).isEqualTo("page-text");
  }

  @Test
  void recognisesTheSeedPage() throws IOException {
    assertThat(format.recognises(Pages.SEED, head(Files.readAllBytes(Pages.seedFile())))).isTrue();
  }

  @Test
  void recognisesPageWithDateAndTitleButNoSkipLink() {
    byte[] page = Pages.seed().replace("Skip to content\n\n", "").getBytes(StandardCharsets.UTF_8);
    assertThat(format.recognises("telegram.TXT", head(page))).isTrue();
    assertThat(format.recognises("telegram.text", head(page))).isTrue();
  }

  @Test
  void recognisesEachOfOurPages() {
    for (String page : List.of("report-record-id-uploaded.txt", "russian-transcript.txt", "cable-several-funders.txt",
        "memorandum-of-conversation.txt", "letter-from-to.txt", "every-label.txt", "minutes-without-heading.txt")) {
      assertThat(format.recognises(page, head(Pages.ours(page).getBytes(StandardCharsets.UTF_8)))).as(page).isTrue();
    }
  }

  @Test
  void leavesOtherFilesToOtherFormats() {
    byte[] seed = Pages.seed().getBytes(StandardCharsets.UTF_8);
    assertThat(format.recognises("telegram.json", head(seed))).isFalse();
    assertThat(format.recognises("notes.txt", BadPagesTest.randomText().getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(format.recognises("image.txt", PNG)).isFalse();
    assertThat(format.recognises("list.txt", "1920\n\n1921\n\n1922\n".getBytes(StandardCharsets.UTF_8))).isFalse();
  }

  @Test
  void readsTheSeedFileIntoOneDocument() {
    Outcome outcome = read(Pages.seedFile());
    assertThat(outcome.problems()).isEmpty();
    assertThat(outcome.records()).containsExactly(new Entry.OfDocument(PageTextReader.read(Pages.seed(), Pages.SEED)));
  }

  @Test
  void readsTheSameDocumentWithByteOrderMarkAndWindowsLineEndings() throws IOException {
    Document expected = PageTextReader.read(Pages.seed(), Pages.SEED);
    String windows = "\uFEFF" + Pages.seed().replace("\n", "\r\n");
    Outcome outcome = read(write(Pages.SEED, windows.getBytes(StandardCharsets.UTF_8)));
    assertThat(outcome.problems()).isEmpty();
    assertThat(outcome.records()).containsExactly(new Entry.OfDocument(expected));
  }

  @Test
  void readsOldMacLineEndings() throws IOException {
    Document expected = PageTextReader.read(Pages.seed(), Pages.SEED);
    Outcome outcome = read(write(Pages.SEED, Pages.seed().replace("\n", "\r").getBytes(StandardCharsets.UTF_8)));
    assertThat(outcome.records()).containsExactly(new Entry.OfDocument(expected));
  }

  @Test
  void reportsBinaryFile() throws IOException {
    Outcome outcome = read(write("scan.txt", PNG));
    assertThat(outcome.records()).isEmpty();
    assertThat(outcome.messages()).containsExactly("scan.txt: this is a binary file, not text (it contains NUL bytes)");
  }

  @Test
  void reportsPlaceOfFirstByteThatIsNotUtf8() throws IOException {
    byte[] seed = Pages.seed().getBytes(StandardCharsets.UTF_8);
    // the page is ASCII up to here, so the character index is the byte offset: line 15, "Matters in Persia"
    int offset = Pages.seed().indexOf("Kuchuk-Khan");
    byte[] latin1 = new byte[seed.length + 1];
    System.arraycopy(seed, 0, latin1, 0, offset);
    latin1[offset] = (byte) 0xE9;
    System.arraycopy(seed, offset, latin1, offset + 1, seed.length - offset);
    Outcome outcome = read(write("latin1.txt", latin1));
    assertThat(outcome.records()).isEmpty();
    assertThat(outcome.messages()).containsExactly("latin1.txt, line 15: the file is not UTF-8 text: byte "
        + (offset + 1) + " is not a valid UTF-8 character (save the file as UTF-8 and import it again)");
  }

  @Test
  void reportsEmptyFile() throws IOException {
    assertThat(read(write("empty.txt", new byte[0])).messages()).containsExactly("empty.txt: the file is empty");
  }

  @Test
  void reportsFileOfBlankLines() throws IOException {
    assertThat(read(write("blank.txt", "\n \n\t\r\n".getBytes(StandardCharsets.UTF_8))).messages())
        .containsExactly("blank.txt: the file is empty");
  }

  @Test
  void refusesFileOverTwentyMegabytes() throws IOException {
    Path big = dir.resolve("big.txt");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(25L * 1024 * 1024);
    }
    Outcome outcome = read(big);
    assertThat(outcome.records()).isEmpty();
    assertThat(outcome.messages()).containsExactly(
        "big.txt: the file is 25.0 MB; page text files over 20.0 MB are not read (a Digital Archive page is a few kilobytes)");
  }

  @Test
  void reportsRandomText() throws IOException {
    Outcome outcome = read(write("random.txt", BadPagesTest.randomText().getBytes(StandardCharsets.UTF_8)));
    assertThat(outcome.records()).isEmpty();
    assertThat(outcome.messages()).containsExactly("random.txt: this is not a Digital Archive document page: it has no"
        + " \"Document Information\" part and none of its labels (Source, Rights, Record ID, ...)");
  }

  @Test
  void reportsPageProblemsWithTheirLines() throws IOException {
    Outcome outcome = read(write("no-date.txt", Pages.ours("bad/no-date.txt").getBytes(StandardCharsets.UTF_8)));
    assertThat(outcome.records()).isEmpty();
    assertThat(outcome.messages()).singleElement().asString().startsWith("no-date.txt, line 3, field \"date\": ");
  }

  @Test
  void reportsFileThatCannotBeRead() {
    Outcome outcome = read(dir.resolve("missing.txt"));
    assertThat(outcome.records()).isEmpty();
    assertThat(outcome.messages()).singleElement().asString().startsWith("missing.txt: the file cannot be read: ");
  }
}

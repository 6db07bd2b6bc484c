package org.opis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.files.ScanFiles;

/** {@code opis fixity} reads every kept original again and says which one changed. */
class FixityCommandTest {
  @TempDir Path dir;

  @Test
  void findsEveryOriginalIntactAndThenTheOneChangedOnDisk() throws Exception {
    Path data = dir.resolve("data");
    ScanFiles.write(dir, "scans/p1.jpg", ScanFiles.image("jpeg", 300, 400));
    ScanFiles.write(dir, "scans/p2.png", ScanFiles.image("png", 30, 40));
    Path record = dir.resolve("letter.json");
    Files.writeString(record, "{\"title\": \"A letter\", \"attachments\": [\"scans/p1.jpg\", \"scans/p2.png\"]}");
    assertThat(Console.run("import", "--data", data.toString(), record.toString()).exit()).isEqualTo(0);

    Console intact = Console.run("fixity", "--data", data.toString());
    assertThat(intact.exit()).as(intact.err()).isEqualTo(0);
    assertThat(intact.out()).isEqualTo("checked 2 files: every one intact\n");

    Path kept;
    try (Stream<Path> files = Files.walk(data.resolve("ocfl"))) {
      kept = files.filter(p -> p.getFileName().toString().equals("p2.png")).findFirst().orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(kept);
    bytes[bytes.length / 2] ^= 0x20;
    Files.write(kept, bytes);

    Console changed = Console.run("fixity", "--data", data.toString());
    assertThat(changed.exit()).isEqualTo(6);
    List<String> lines = changed.out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("document 1, file p2.png: ");
    assertThat(lines.get(1)).isEqualTo("checked 2 files: 1 problem");
    assertThat(changed.err()).contains("fixity found 1 problem in the originals");
  }
}

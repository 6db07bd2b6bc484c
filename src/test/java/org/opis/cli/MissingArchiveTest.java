package org.opis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command that reads an archive, pointed at a folder with none (a typo, a disk not mounted),
 * says so and makes nothing there: a fixity check of an empty archive made on the spot would
 * report every file intact, and an export would write an empty backup, both with exit code 0.
 */
class MissingArchiveTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"fixity", "reindex", "export-json", "export-tei", "attach", "authority-merge", "backup"})
  void refusesAFolderWithoutAnArchiveAndLeavesNothingThere(String command) {
    Path nowhere = dir.resolve("not-mounted/archive");
    String data = nowhere.toString();
    String[] args = switch (command) {
      case "export-json" -> new String[] {"export", "--data", data, "--format", "json", dir.resolve("out.jsonl").toString()};
      case "export-tei" -> new String[] {"export", "--data", data, "--format", "tei", dir.resolve("tei").toString()};
      case "attach" -> new String[] {"attach", "--data", data, "1", dir.resolve("p1.png").toString()};
      case "backup" -> new String[] {"backup", "--data", data, dir.resolve("copy").toString()};
      case "authority-merge" -> new String[] {"authority", "merge", "--data", data, "stalin", "joseph-stalin"};
      default -> new String[] {command, "--data", data};
    };
    Console run = Console.run(args);

    assertThat(run.exit()).as(run.err()).isEqualTo(4);
    assertThat(run.err()).contains("there is no archive in " + data + ": it has no catalog.db");
    assertThat(nowhere).doesNotExist();
    assertThat(dir.resolve("out.jsonl")).doesNotExist();
  }
}

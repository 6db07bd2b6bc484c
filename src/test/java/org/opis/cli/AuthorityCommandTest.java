package org.opis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opis.wiring.Archive;
import org.opis.wiring.ArchiveSettings;

class AuthorityCommandTest {
  @TempDir
  Path folder;

  @Test
  void mergesTwoPeopleFromTheCommandLine() throws Exception {
    Path data = folder.resolve("data");
    Path file = folder.resolve("people.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"record\": \"person\", \"id\": \"kuchuk\", \"name\": \"Kuchuk-Khan\"}",
        "{\"record\": \"person\", \"id\": \"mirza\", \"name\": \"Mirza Kuchak Khan\"}",
        "{\"title\": \"Telegram\", \"creators\": [{\"name\": \"Kuchuk-Khan\", \"id\": \"kuchuk\"}]}") + "\n");
    assertThat(Console.run("import", "--data", data.toString(), file.toString()).exit()).isEqualTo(0);
    Console merged = Console.run("authority", "merge", "kuchuk", "mirza", "--data", data.toString());
    assertThat(merged.exit()).as(merged.err()).isEqualTo(0);
    assertThat(merged.out()).isEqualTo("merged kuchuk into mirza: 1 document now names mirza\n");
    try (Archive archive = Archive.open(new ArchiveSettings(data, Optional.empty()), Clock.systemUTC())) {
      assertThat(archive.catalog().mergedInto("kuchuk")).contains("mirza");
      assertThat(archive.catalog().agent("mirza").orElseThrow().variants()).contains("Kuchuk-Khan");
    }
    Console again = Console.run("authority", "merge", "kuchuk", "mirza", "--data", data.toString());
    assertThat(again.exit()).isEqualTo(3);
    assertThat(again.err()).isEqualTo("opis authority merge: \"kuchuk\" was already merged into \"mirza\"\n");
  }
}

package org.opis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Limits {@code opis serve} cannot keep are refused before the archive is opened or a port taken. */
class ServeLimitsTest {
  @TempDir Path dir;

  @Test
  void refusesAnImportLimitAboveTheUploadLimitEveryRequestIsHeldTo() {
    Path data = dir.resolve("archive");

    Console c = Console.run("serve", "--data", data.toString(), "--port", "0", "--max-upload", "10MB",
        "--max-import", "20MB");

    assertThat(c.exit()).isEqualTo(ExitCodes.REJECTED);
    assertThat(c.err()).contains("--max-import is 20,971,520 bytes, more than --max-upload (10,485,760 bytes)");
    assertThat(Files.exists(data)).isFalse();
  }

  @Test
  void refusesAnImportLimitThatIsNoSize() {
    Console c = Console.run("serve", "--data", dir.resolve("archive").toString(), "--max-import", "lots");

    assertThat(c.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(c.err()).contains("--max-import").contains("lots");
  }
}

package org.opis.bagit;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.opis.problem.Hostile;

/**
 * A bag's tag files as anyone might write them (declaration, payload manifest, tag manifest and
 * bag-info, over one payload file) are checked whole or refused with the file and line of each
 * problem, never another exception.
 */
class BagCheckFuzz {

  @FuzzTest
  void checksAnyTagFilesOrSaysWhatIsWrongWhere(FuzzedDataProvider data) {
    Path bag = Hostile.file(new byte[0], "bag.probe").resolveSibling("bag");
    try {
      Files.createDirectories(bag.resolve("data"));
      Files.writeString(bag.resolve("data/a.txt"), "a");
      Files.write(bag.resolve("bagit.txt"), data.consumeString(200).getBytes(StandardCharsets.UTF_8));
      Files.write(bag.resolve("manifest-sha256.txt"), data.consumeString(2_000).getBytes(StandardCharsets.UTF_8));
      Files.write(bag.resolve("bag-info.txt"), data.consumeString(2_000).getBytes(StandardCharsets.UTF_8));
      Files.write(bag.resolve("tagmanifest-md5.txt"), data.consumeRemainingAsBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Hostile.refusesClearly(() -> BagCheck.check(bag, "bag"));
  }
}

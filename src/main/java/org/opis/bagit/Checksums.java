package org.opis.bagit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.opis.problem.Location;
import org.opis.problem.Problem;

/**
 * Verifies every checksum every manifest gives, reading each file once however many manifests
 * name it.
 */
final class Checksums {
  private Checksums() {}

  static void verify(Path root, String name, List<Manifest> manifests, Consumer<Problem> problems) {
    Map<String, Map<Manifest, Manifest.Entry>> byFile = new TreeMap<>();
    for (Manifest m : manifests) {
      m.entries().forEach((path, entry) -> byFile.computeIfAbsent(path, p -> new LinkedHashMap<>()).put(m, entry));
    }
    byte[] buffer = new byte[1 << 16];
    byFile.forEach((path, listed) -> {
      Map<Manifest, MessageDigest> digests = new LinkedHashMap<>();
      listed.keySet().forEach(m -> digests.put(m, m.algorithm().digest()));
      try (InputStream in = Files.newInputStream(root.resolve(path))) {
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          for (MessageDigest d : digests.values()) {
            d.update(buffer, 0, n);
          }
        }
      } catch (IOException e) {
        problems.accept(Problem.at(Location.file(name + "/" + path), "cannot be read: " + e.getMessage()));
        return;
      }
      digests.forEach((m, d) -> {
        String found = HexFormat.of().formatHex(d.digest());
        Manifest.Entry expected = listed.get(m);
        if (!found.equals(expected.checksum())) {
          problems.accept(Problem.at(Location.file(name + "/" + m.file()).atLine(expected.line()),
              "\"" + path + "\" has the " + m.algorithm().bagName() + " checksum " + found + ", not "
                  + expected.checksum() + " as listed: the file was changed or damaged"));
        }
      });
    });
  }
}

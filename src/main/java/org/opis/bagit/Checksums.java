package org.opis.bagit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
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
    // each file's entries by its manifest's place in the list: a Manifest as a map's key hashes all
    // its entries, which made checking a bag of 32,000 files take minutes (quadratic)
    Map<String, Manifest.Entry[]> byFile = new TreeMap<>();
    for (int i = 0; i < manifests.size(); i++) {
      int at = i;
      manifests.get(i).entries().forEach((path, entry) ->
          byFile.computeIfAbsent(path, p -> new Manifest.Entry[manifests.size()])[at] = entry);
    }
    byte[] buffer = new byte[1 << 16];
    byFile.forEach((path, listed) -> {
      MessageDigest[] digests = new MessageDigest[listed.length];
      for (int i = 0; i < listed.length; i++) {
        digests[i] = listed[i] == null ? null : manifests.get(i).algorithm().digest();
      }
      try (InputStream in = Files.newInputStream(root.resolve(path))) {
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          for (MessageDigest d : digests) {
            if (d != null) {
              d.update(buffer, 0, n);
            }
          }
        }
      } catch (IOException e) {
        problems.accept(Problem.at(Location.file(name + "/" + path), "cannot be read: " + e.getMessage()));
        return;
      }
      for (int i = 0; i < listed.length; i++) {
        if (listed[i] == null) {
          continue;
        }
        Manifest m = manifests.get(i);
        String found = HexFormat.of().formatHex(digests[i].digest());
        if (!found.equals(listed[i].checksum())) {
          problems.accept(Problem.at(Location.file(name + "/" + m.file()).atLine(listed[i].line()),
              "\"" + path + "\" has the " + m.algorithm().bagName() + " checksum " + found + ", not "
                  + listed[i].checksum() + " as listed: the file was changed or damaged"));
        }
      }
    });
  }
}

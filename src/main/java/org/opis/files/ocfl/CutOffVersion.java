package org.opis.files.ocfl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The last version of an OCFL object when the process writing it died. ocfl-java writes a version
 * by moving its folder ({@code v3}) into the object, then copying its {@code inventory.json} to
 * the object's root, then the inventory's digest ({@code inventory.json.sha512}). A version is
 * part of the object only once both are at the root: a death before leaves a version folder the
 * root does not know (every later version of the object then fails as "out of sync") or a root
 * inventory that disagrees with its digest (the object cannot be read at all). Taking that
 * version away returns the object to its last whole version, or removes an object whose first
 * version never arrived.
 */
final class CutOffVersion {
  private static final String INVENTORY = "inventory.json";
  private static final String SIDECAR = "inventory.json.sha512";
  private static final String PARTIAL = ".partial";

  private CutOffVersion() {}

  /**
   * Takes away the object's last version if its writing was cut off.
   *
   * @param objectRoot the object's folder in the storage root
   * @return whether there was such a version
   */
  static boolean takeAway(Path objectRoot) throws IOException {
    if (!Files.isDirectory(objectRoot)) {
      return false;
    }
    Files.deleteIfExists(objectRoot.resolve(INVENTORY + PARTIAL));
    Files.deleteIfExists(objectRoot.resolve(SIDECAR + PARTIAL));
    List<Path> versions;
    try (Stream<Path> list = Files.list(objectRoot)) {
      versions = list.filter(Files::isDirectory).filter(p -> p.getFileName().toString().matches("v\\d+"))
          .sorted(Comparator.comparingLong(p -> Long.parseLong(p.getFileName().toString().substring(1)))).toList();
    }
    if (versions.isEmpty()) {
      // only the object's declaration was written: its first version never arrived
      if (Files.exists(objectRoot.resolve(INVENTORY))) {
        return false;
      }
      delete(objectRoot);
      return true;
    }
    Path last = versions.get(versions.size() - 1);
    if (installed(objectRoot, last)) {
      return false;
    }
    delete(last);
    if (versions.size() == 1) {
      delete(objectRoot);
    } else {
      Path whole = versions.get(versions.size() - 2);
      copyAtomically(whole.resolve(INVENTORY), objectRoot.resolve(INVENTORY));
      copyAtomically(whole.resolve(SIDECAR), objectRoot.resolve(SIDECAR));
    }
    return true;
  }

  private static boolean installed(Path objectRoot, Path version) throws IOException {
    return same(objectRoot.resolve(INVENTORY), version.resolve(INVENTORY))
        && same(objectRoot.resolve(SIDECAR), version.resolve(SIDECAR));
  }

  private static boolean same(Path a, Path b) throws IOException {
    return Files.isRegularFile(a) && Files.isRegularFile(b) && Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b));
  }

  private static void copyAtomically(Path from, Path to) throws IOException {
    Path partial = to.resolveSibling(to.getFileName() + PARTIAL);
    Files.copy(from, partial, StandardCopyOption.REPLACE_EXISTING);
    Files.move(partial, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static void delete(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}

package org.opis.bagit;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A bag that {@link BagCheck} found valid: complete, every checksum verified.
 *
 * @param root the bag's folder
 * @param name how the person called it
 * @param version the BagIt version it declares
 * @param info its bag-info.txt; empty fields when it has none
 * @param payload the path in the bag of every payload file ({@code data/...}), sorted
 * @param sha512 the SHA-512 its manifest-sha512.txt gives each payload file, verified by the
 *     check, so that nothing reads a file again to learn it; empty when the bag has no such manifest
 */
public record CheckedBag(Path root, String name, String version, BagInfo info, SortedSet<String> payload,
    Map<String, String> sha512) {
  public CheckedBag {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(name, "name");
    payload = Collections.unmodifiableSortedSet(new TreeSet<>(payload));
    sha512 = Map.copyOf(sha512);
  }

  /** Whether Opis wrote the bag in its own layout: records in data/records/, read back from their canonical JSON. */
  public boolean inOpisLayout() {
    return payload.stream().anyMatch(p -> p.startsWith("data/" + Layout.RECORDS));
  }

  /** The file of a path in the bag. */
  Path file(String inBag) {
    return root.resolve(inBag);
  }
}

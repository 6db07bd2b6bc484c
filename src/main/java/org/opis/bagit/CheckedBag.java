package org.opis.bagit;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A bag that {@link BagCheck} found valid: complete, every checksum verified.
 *
 * @param root the bag's folder
 * @param name how the person called it
 * @param version the BagIt version it declares
 * @param info its bag-info.txt; empty fields when it has none
 * @param payload the path in the bag of every payload file ({@code data/...}), sorted
 */
public record CheckedBag(Path root, String name, String version, BagInfo info, List<String> payload) {
  public CheckedBag {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(name, "name");
    payload = List.copyOf(payload);
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

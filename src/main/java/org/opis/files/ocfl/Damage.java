package org.opis.files.ocfl;

import java.util.Optional;

/** How the store words what is wrong with a kept file, the same for a fixity check and a read. */
final class Damage {
  static final String MISSING = "it is missing from the store (the inventory names it, the disk does not hold it)";

  private Damage() {}

  /** Empty when the digest found is the one recorded; otherwise both, shortened. */
  static Optional<String> compared(String found, String recorded) {
    return found.equals(recorded) ? Optional.empty()
        : Optional.of("its content has changed since it was kept: SHA-512 " + abbreviated(found) + " instead of "
            + abbreviated(recorded));
  }

  private static String abbreviated(String digest) {
    return digest.substring(0, Math.min(16, digest.length())) + "...";
  }
}

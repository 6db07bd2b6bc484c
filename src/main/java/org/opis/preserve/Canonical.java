package org.opis.preserve;

import org.opis.canonical.CanonicalJson;
import org.opis.catalog.CatalogChange;

/**
 * A record's canonical JSON as {@code opis export} writes it: read back from what the catalog
 * stored and written again, so that the version kept is byte for byte the exported record even
 * where an older Opis stored it otherwise.
 */
final class Canonical {
  private Canonical() {}

  static String of(String kind, String stored) {
    return switch (kind) {
      case CatalogChange.DOCUMENT -> CanonicalJson.write(CanonicalJson.readStored(stored));
      case CatalogChange.AGENT -> CanonicalJson.write(CanonicalJson.readStoredAgent(stored));
      case CatalogChange.PLACE -> CanonicalJson.write(CanonicalJson.readStoredPlace(stored));
      default -> throw new IllegalArgumentException("no record of kind \"" + kind + "\" is preserved");
    };
  }
}

package org.opis.sitemap;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One address a sitemap lists.
 *
 * @param address the absolute address of the page
 * @param modified when its content last changed; empty when unknown
 */
public record Location(String address, Optional<Instant> modified) {
  public Location {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(modified, "modified");
  }

  public static Location of(String address) {
    return new Location(address, Optional.empty());
  }
}

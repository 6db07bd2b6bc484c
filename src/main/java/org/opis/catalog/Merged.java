package org.opis.catalog;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An authority record merged away: its identifier answers for the record that took it in, from
 * the moment of the merge on. What an archive's export says of each merge, so that a restored
 * archive keeps redirecting the addresses and identifiers historians cited.
 *
 * @param from the identifier merged away
 * @param into the identifier of the record that remains
 * @param at when the merge was made; empty when a record written by hand does not say (then now)
 */
public record Merged(String from, String into, Optional<Instant> at) {
  public Merged {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(into, "into");
    Objects.requireNonNull(at, "at");
  }
}

package org.opis.preserve;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The newest version of a record in the preservation store, as read back.
 *
 * @param revision the catalog's revision it keeps
 * @param version the number of the version in the record's object, from 1
 * @param json the bytes kept
 * @param recorded the SHA-512 digest the store recorded for them when they were kept
 */
public record KeptRecord(int revision, int version, byte[] json, String recorded) {
  public KeptRecord {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(recorded, "recorded");
  }

  /** Whether the bytes kept are these record's canonical JSON. */
  public boolean holds(String canonical) {
    return java.util.Arrays.equals(json, canonical.getBytes(StandardCharsets.UTF_8));
  }
}

package org.opis.record;

import java.util.Objects;

/**
 * The identifier of the same document in another catalogue, kept so that citations to it still
 * lead here ("Wilson Center Digital Archive" record "119312").
 */
public record ExternalId(String system, String value) {
  public ExternalId {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(value, "value");
  }
}

package org.opis.authority;

import java.util.Objects;
import java.util.Optional;

/**
 * A place as one document names it.
 *
 * @param name the name as this document writes it ("Tebriz", "Тебриз")
 * @param id the place authority record; empty until the catalog has resolved it
 */
public record PlaceRef(String name, Optional<String> id) {
  public PlaceRef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(id, "id");
  }

  public static PlaceRef named(String name) {
    return new PlaceRef(name, Optional.empty());
  }

  public PlaceRef withId(String authorityId) {
    return new PlaceRef(name, Optional.of(authorityId));
  }
}

package org.opis.authority;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The authority record of a place.
 *
 * @param id stable identifier, also the last segment of its permalink; never reused
 * @param name the preferred form of the name
 * @param variants every other spelling and script, never containing {@code name} itself
 * @param within the identifier of the broader place (Rasht within Gilan within Persia)
 * @param sameAs the same place in gazetteers (GeoNames, Wikidata, ...)
 * @param description a short description
 */
public record Place(
    String id, String name, List<String> variants, Optional<String> within, Optional<String> description,
    List<SameAs> sameAs) {
  public Place {
    sameAs = List.copyOf(sameAs);
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    variants = List.copyOf(variants);
    Objects.requireNonNull(within, "within");
    Objects.requireNonNull(description, "description");
  }

  /** A place known to no other gazetteer. */
  public Place(String id, String name, List<String> variants, Optional<String> within, Optional<String> description) {
    this(id, name, variants, within, description, List.of());
  }

  /** The preferred name followed by every variant. */
  public List<String> allNames() {
    return Names.preferredFirst(name, variants);
  }

  /** This record with one more spelling, unless it already has that exact spelling. */
  public Place withVariant(String spelling) {
    return allNames().contains(spelling)
        ? this
        : new Place(id, name, Names.append(variants, spelling), within, description, sameAs);
  }
}

package org.opis.authority;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The authority record of a person or organisation.
 *
 * @param id stable identifier, also the last segment of its permalink; never reused
 * @param kind person or organisation
 * @param name the preferred form of the name
 * @param variants every other spelling and script met in documents or given by an editor, in
 *     the order first met; never contains {@code name} itself
 * @param dates life dates of a person or existence of an organisation, as written ("1878-1953")
 * @param description a short biography or description
 * @param sameAs the same person or organisation in other authority files (VIAF, Wikidata, ...)
 */
public record Agent(
    String id,
    AgentKind kind,
    String name,
    List<String> variants,
    Optional<String> dates,
    Optional<String> description,
    List<SameAs> sameAs) {
  public Agent {
    sameAs = List.copyOf(sameAs);
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    variants = List.copyOf(variants);
    Objects.requireNonNull(dates, "dates");
    Objects.requireNonNull(description, "description");
  }

  /** A record known to no other authority file. */
  public Agent(String id, AgentKind kind, String name, List<String> variants, Optional<String> dates,
      Optional<String> description) {
    this(id, kind, name, variants, dates, description, List.of());
  }

  /** The preferred name followed by every variant. */
  public List<String> allNames() {
    return Names.preferredFirst(name, variants);
  }

  /** This record with one more spelling, unless it already has that exact spelling. */
  public Agent withVariant(String spelling) {
    return allNames().contains(spelling)
        ? this
        : new Agent(id, kind, name, Names.append(variants, spelling), dates, description, sameAs);
  }
}

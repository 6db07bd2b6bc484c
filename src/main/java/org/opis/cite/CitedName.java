package org.opis.cite;

import java.util.Objects;
import java.util.Optional;
import org.opis.authority.AgentKind;
import org.opis.authority.AgentRef;

/**
 * A person or organisation as a citation names them: a person by family and given name, so that
 * a bibliography can invert it ("Goldberg, Gary"); an organisation, a name written family name
 * first ("Zhou Enlai"), or a name that cannot be split, as one literal.
 *
 * @param family the family name, or the whole name of a person known by one name ("Stalin")
 * @param given the given names or initials ("Gary", "I. V."); empty when unknown
 * @param literal the name written whole, for an organisation ("TsEKA (Central Committee)")
 */
public record CitedName(Optional<String> family, Optional<String> given, Optional<String> literal) {
  public CitedName {
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(given, "given");
    Objects.requireNonNull(literal, "literal");
    if (family.isEmpty() == literal.isEmpty()) {
      throw new IllegalArgumentException("a cited name has either a family name or a literal name");
    }
  }

  /**
   * The name as a document writes it, split where that is safe: "Goldberg, Gary" and "Gary
   * Goldberg" both become family Goldberg, given Gary; "Stalin" is a family name alone; an
   * organisation stays whole.
   */
  public static CitedName of(AgentRef agent) {
    String name = agent.name().strip().replaceAll("\\s+", " ");
    // a name written family first ("Zhou Enlai") is cited as written: never "Enlai, Zhou"
    if (agent.kind() == AgentKind.ORGANISATION || name.isEmpty() || FamilyFirst.is(name)) {
      return literal(name);
    }
    int comma = name.indexOf(',');
    if (comma > 0 && comma == name.lastIndexOf(',')) {
      return split(name.substring(0, comma), name.substring(comma + 1));
    }
    int space = name.lastIndexOf(' ');
    return space < 0 ? split(name, "") : split(name.substring(space + 1), name.substring(0, space));
  }

  public static CitedName literal(String name) {
    return new CitedName(Optional.empty(), Optional.empty(), Optional.of(name));
  }

  private static CitedName split(String family, String given) {
    String g = given.strip();
    return new CitedName(Optional.of(family.strip()), g.isEmpty() ? Optional.empty() : Optional.of(g), Optional.empty());
  }

  /** The name in reading order: "Gary Goldberg", "TsEKA (Central Committee)". */
  public String display() {
    return literal.orElseGet(() -> given.map(g -> g + " " + family.get()).orElse(family.get()));
  }

  /** The name inverted for sorting and for reference managers: "Goldberg, Gary". */
  public String inverted() {
    return literal.orElseGet(() -> given.map(g -> family.get() + ", " + g).orElse(family.get()));
  }
}

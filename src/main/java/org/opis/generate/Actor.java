package org.opis.generate;

import java.util.List;
import java.util.Optional;
import org.opis.authority.Agent;
import org.opis.authority.AgentKind;

/**
 * A real person or organisation of the pool that synthetic documents draw on: who it is, when
 * documents may name it, and every spelling it is known by.
 *
 * @param id the identifier of its authority record
 * @param country the country it belongs to, a code of countries.txt; empty for a translator
 * @param active the years in which a document may name it
 * @param meets for an organisation, whether it is a body that meets and keeps minutes
 * @param spellings the preferred spelling first, then the variants
 * @param dates life dates as written ("1878-1953")
 */
record Actor(
    String id,
    AgentKind kind,
    String country,
    Years active,
    boolean meets,
    List<Usage> spellings,
    Optional<String> dates,
    Optional<String> description) {

  /** A person of people.txt: id | country | years | life dates | spellings | description. */
  static Actor person(Sheet.Row row) {
    row.expect(6);
    return new Actor(row.field(0), AgentKind.PERSON, row.field(1), Years.parse(row.field(2)), false,
        Usage.parseAll(row.list(4)), row.optional(3), row.optional(5));
  }

  /** An organisation of organisations.txt: id | country | years | role | spellings | description. */
  static Actor organisation(Sheet.Row row) {
    row.expect(6);
    String role = row.field(3);
    if (!role.equals("body") && !role.equals("office")) {
      throw new IllegalStateException(row.where() + ": the role is \"body\" or \"office\", not \"" + role + "\"");
    }
    return new Actor(row.field(0), AgentKind.ORGANISATION, row.field(1), Years.parse(row.field(2)),
        role.equals("body"), Usage.parseAll(row.list(4)), Optional.empty(), row.optional(5));
  }

  /** A fictional translator, known by one name. */
  static Actor translator(String name) {
    String slug = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return new Actor("translator-" + slug, AgentKind.PERSON, "", Years.ALWAYS, false,
        List.of(Usage.parse(name)), Optional.empty(),
        Optional.of("Fictional translator of the Opis synthetic demo corpus; not a real person."));
  }

  String preferred() {
    return spellings.get(0).text();
  }

  /** Its authority record, with every spelling, for the head of the corpus file. */
  Agent authority() {
    List<String> variants = spellings.stream().skip(1).map(Usage::text).toList();
    return new Agent(id, kind, preferred(), variants, dates, description);
  }
}

package org.opis.authority;

import java.util.Objects;
import java.util.Optional;

/**
 * A person or organisation as one document names them.
 *
 * @param name the name as this document writes it ("LENIN", "I. V. Stalin")
 * @param kind person or organisation
 * @param id the authority record this name belongs to; empty until the catalog has resolved it
 */
public record AgentRef(String name, AgentKind kind, Optional<String> id) {
  public AgentRef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
  }

  public static AgentRef person(String name) {
    return new AgentRef(name, AgentKind.PERSON, Optional.empty());
  }

  public static AgentRef organisation(String name) {
    return new AgentRef(name, AgentKind.ORGANISATION, Optional.empty());
  }

  public AgentRef withId(String authorityId) {
    return new AgentRef(name, kind, Optional.of(authorityId));
  }
}

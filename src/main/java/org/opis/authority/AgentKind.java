package org.opis.authority;

import java.util.Locale;
import java.util.Optional;

/** Whether an agent is one person or a body of people (a ministry, a party, an embassy). */
public enum AgentKind {
  PERSON,
  ORGANISATION;

  /** The word used in the canonical JSON and in URLs: "person" or "organisation". */
  public String term() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind named by a term, accepting the American spelling too; empty when unknown. */
  public static Optional<AgentKind> fromTerm(String term) {
    String t = term.trim().toLowerCase(Locale.ROOT);
    switch (t) {
      case "person":
      case "people":
        return Optional.of(PERSON);
      case "organisation":
      case "organization":
      case "org":
        return Optional.of(ORGANISATION);
      default:
        return Optional.empty();
    }
  }
}

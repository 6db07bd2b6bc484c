package org.opis.oai;

import java.util.Optional;
import java.util.Set;

/** The six requests of OAI-PMH 2.0 and the arguments each takes (section 4). */
enum Verb {
  IDENTIFY("Identify", Set.of(), Set.of(), false),
  LIST_METADATA_FORMATS("ListMetadataFormats", Set.of(), Set.of(OaiRequest.IDENTIFIER), false),
  LIST_SETS("ListSets", Set.of(), Set.of(), true),
  GET_RECORD("GetRecord", Set.of(OaiRequest.IDENTIFIER, OaiRequest.METADATA_PREFIX), Set.of(), false),
  LIST_IDENTIFIERS("ListIdentifiers", Set.of(OaiRequest.METADATA_PREFIX),
      Set.of(OaiRequest.FROM, OaiRequest.UNTIL, OaiRequest.SET), true),
  LIST_RECORDS("ListRecords", Set.of(OaiRequest.METADATA_PREFIX),
      Set.of(OaiRequest.FROM, OaiRequest.UNTIL, OaiRequest.SET), true);

  private final String name;
  private final Set<String> required;
  private final Set<String> optional;
  private final boolean resumable;

  Verb(String name, Set<String> required, Set<String> optional, boolean resumable) {
    this.name = name;
    this.required = required;
    this.optional = optional;
    this.resumable = resumable;
  }

  /** The verb as the protocol spells it, case and all; empty for anything else. */
  static Optional<Verb> named(String name) {
    for (Verb v : values()) {
      if (v.name.equals(name)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  String protocolName() {
    return name;
  }

  /** The arguments a request of this verb must have, unless it carries a resumption token. */
  Set<String> required() {
    return required;
  }

  /** Whether {@code argument} may come with this verb (the verb itself aside). */
  boolean takes(String argument) {
    return required.contains(argument) || optional.contains(argument)
        || (resumable && argument.equals(OaiRequest.RESUMPTION_TOKEN));
  }

  /** Whether a list of this verb can be continued with a resumption token. */
  boolean isResumable() {
    return resumable;
  }
}

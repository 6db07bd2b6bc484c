package org.opis.catalog.sql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.opis.authority.AgentRef;
import org.opis.authority.PlaceRef;
import org.opis.record.Document;

/**
 * The authority records the stored version of a document linked each of its spellings to, so
 * the same spelling in the new version links to the same record rather than being matched again.
 */
final class EarlierLinks {
  static final EarlierLinks NONE = new EarlierLinks(Map.of(), Map.of());

  private final Map<String, String> agents;
  private final Map<String, String> places;

  private EarlierLinks(Map<String, String> agents, Map<String, String> places) {
    this.agents = agents;
    this.places = places;
  }

  static EarlierLinks of(Document d) {
    Map<String, String> agents = new HashMap<>();
    Stream.of(d.creators(), d.recipients(), d.mentions().people(), d.mentions().organisations())
        .flatMap(List::stream)
        .forEach(r -> remember(agents, agentKey(r), r.id()));
    d.texts().forEach(t -> t.translators().forEach(r -> remember(agents, agentKey(r), r.id())));
    Map<String, String> places = new HashMap<>();
    d.dateline().place().ifPresent(p -> remember(places, p.name(), p.id()));
    d.mentions().places().forEach(p -> remember(places, p.name(), p.id()));
    return new EarlierLinks(agents, places);
  }

  Optional<String> agent(AgentRef ref) {
    return Optional.ofNullable(agents.get(agentKey(ref)));
  }

  Optional<String> place(PlaceRef ref) {
    return Optional.ofNullable(places.get(ref.name()));
  }

  private static String agentKey(AgentRef ref) {
    return ref.kind().term() + '\u0000' + ref.name();
  }

  // the first link of a spelling wins, as it is the first a reader sees
  private static void remember(Map<String, String> links, String key, Optional<String> id) {
    id.ifPresent(value -> links.putIfAbsent(key, value));
  }
}

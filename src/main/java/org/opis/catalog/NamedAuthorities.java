package org.opis.catalog;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.opis.authority.AgentRef;
import org.opis.authority.PlaceRef;
import org.opis.record.Document;
import org.opis.record.Mentions;
import org.opis.record.Text;

/**
 * The authority records a document names, by identifier: people and organisations as creators,
 * recipients, translators and mentions; places as mentions and as the place of writing. Names
 * not yet resolved to a record are left out.
 *
 * @param agents identifiers of people and organisations, in the order the document names them
 * @param places identifiers of places, in the order the document names them
 */
public record NamedAuthorities(Set<String> agents, Set<String> places) {
  public NamedAuthorities {
    agents = Collections.unmodifiableSet(new LinkedHashSet<>(agents));
    places = Collections.unmodifiableSet(new LinkedHashSet<>(places));
  }

  /** The records {@code document} names. */
  public static NamedAuthorities in(Document document) {
    Set<String> agents = new LinkedHashSet<>();
    Consumer<List<AgentRef>> addAgents = refs -> refs.forEach(r -> r.id().ifPresent(agents::add));
    addAgents.accept(document.creators());
    addAgents.accept(document.recipients());
    for (Text t : document.texts()) {
      addAgents.accept(t.translators());
    }
    Mentions m = document.mentions();
    addAgents.accept(m.people());
    addAgents.accept(m.organisations());
    Set<String> places = new LinkedHashSet<>();
    document.dateline().place().flatMap(PlaceRef::id).ifPresent(places::add);
    m.places().forEach(p -> p.id().ifPresent(places::add));
    return new NamedAuthorities(agents, places);
  }

  /** Every identifier, people and organisations first, each once. */
  public Set<String> all() {
    Set<String> all = new LinkedHashSet<>(agents);
    all.addAll(places);
    return Collections.unmodifiableSet(all);
  }
}

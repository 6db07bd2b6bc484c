package org.opis.record;

import java.util.List;
import org.opis.authority.AgentRef;
import org.opis.authority.PlaceRef;

/** The people, organisations and places a document speaks of, as it names them. */
public record Mentions(List<AgentRef> people, List<AgentRef> organisations, List<PlaceRef> places) {
  public static final Mentions NONE = new Mentions(List.of(), List.of(), List.of());

  public Mentions {
    people = List.copyOf(people);
    organisations = List.copyOf(organisations);
    places = List.copyOf(places);
  }

  public boolean isEmpty() {
    return people.isEmpty() && organisations.isEmpty() && places.isEmpty();
  }
}

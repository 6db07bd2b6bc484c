package org.opis.search.lucene;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opis.authority.AgentRef;
import org.opis.authority.PlaceRef;
import org.opis.record.Document;
import org.opis.record.Text;
import org.opis.search.Facet;
import org.opis.search.IndexEntry;

/**
 * The people, organisations and places of a document by the part they play in it (creator,
 * recipient, translator, mentioned), each with every spelling its authority record knows, so a
 * search for any spelling finds it, and with its preferred name, which is what a facet shows.
 *
 * @param spellings for each name field, every spelling of every name in that role
 * @param preferred for the person, place and translator facets, the preferred names
 */
record Roles(Map<String, Set<String>> spellings, Map<Facet, Set<String>> preferred) {

  static Roles of(IndexEntry.Indexed indexed) {
    Document d = indexed.document();
    Map<String, List<String>> authority = indexed.authorityNames();
    List<AgentRef> translators = new ArrayList<>();
    for (Text text : d.texts()) {
      translators.addAll(text.translators());
    }
    List<AgentRef> everyone = new ArrayList<>(d.creators());
    everyone.addAll(d.recipients());
    everyone.addAll(d.mentions().people());
    everyone.addAll(d.mentions().organisations());
    everyone.addAll(translators);
    List<PlaceRef> places = new ArrayList<>(d.mentions().places());
    d.dateline().place().ifPresent(places::add);

    Map<String, Set<String>> spellings = new LinkedHashMap<>();
    spellings.put(Fields.PERSON, agentSpellings(everyone, authority));
    spellings.put(Fields.FROM, agentSpellings(d.creators(), authority));
    spellings.put(Fields.TO, agentSpellings(d.recipients(), authority));
    spellings.put(Fields.TRANSLATOR, agentSpellings(translators, authority));
    Set<String> placeSpellings = new LinkedHashSet<>();
    places.forEach(p -> placeSpellings.addAll(spellings(p.name(), p.id(), authority)));
    spellings.put(Fields.PLACE, placeSpellings);

    Map<Facet, Set<String>> preferred = new EnumMap<>(Facet.class);
    preferred.put(Facet.PERSON, agentPreferred(everyone, authority));
    preferred.put(Facet.TRANSLATOR, agentPreferred(translators, authority));
    Set<String> placePreferred = new LinkedHashSet<>();
    places.forEach(p -> placePreferred.add(preferred(p.name(), p.id(), authority)));
    preferred.put(Facet.PLACE, placePreferred);
    return new Roles(spellings, preferred);
  }

  private static Set<String> agentSpellings(List<AgentRef> agents, Map<String, List<String>> authority) {
    Set<String> all = new LinkedHashSet<>();
    agents.forEach(a -> all.addAll(spellings(a.name(), a.id(), authority)));
    return all;
  }

  private static Set<String> agentPreferred(List<AgentRef> agents, Map<String, List<String>> authority) {
    Set<String> all = new LinkedHashSet<>();
    agents.forEach(a -> all.add(preferred(a.name(), a.id(), authority)));
    return all;
  }

  private static List<String> spellings(String asWritten, Optional<String> id, Map<String, List<String>> authority) {
    List<String> all = new ArrayList<>();
    all.add(asWritten);
    id.map(authority::get).ifPresent(all::addAll);
    return all;
  }

  private static String preferred(String asWritten, Optional<String> id, Map<String, List<String>> authority) {
    return id.map(authority::get).filter(names -> !names.isEmpty()).map(names -> names.get(0)).orElse(asWritten);
  }
}

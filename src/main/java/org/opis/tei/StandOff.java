package org.opis.tei;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.opis.authority.Agent;
import org.opis.authority.AgentKind;
import org.opis.authority.AgentRef;
import org.opis.authority.Place;
import org.opis.authority.PlaceRef;
import org.opis.authority.SameAs;
import org.opis.catalog.Catalog;
import org.opis.record.Document;

/**
 * The authority records a document names, as TEI's {@code standOff} lists: each person,
 * organisation and place once, with every spelling the archive knows, the dates and description
 * of the record, and links to the same record in VIAF, Wikidata or GeoNames, so that a scholar's
 * tool can tell who "Johnson" is without asking the archive.
 */
final class StandOff {
  private final Map<String, Agent> people = new LinkedHashMap<>();
  private final Map<String, Agent> organisations = new LinkedHashMap<>();
  private final Map<String, Place> places = new LinkedHashMap<>();

  private StandOff() {}

  /**
   * The records {@code d} names, in the order the document names them: as {@code catalog} holds
   * them, or, without a catalog or where it has none, as the document names them.
   */
  static StandOff of(Document d, Optional<Catalog> catalog) {
    StandOff s = new StandOff();
    Consumer<AgentRef> agent = r -> r.id().ifPresent(id -> {
      Agent a = catalog.flatMap(c -> c.agent(id))
          .orElseGet(() -> new Agent(id, r.kind(), r.name(), List.of(), Optional.empty(), Optional.empty()));
      (a.kind() == AgentKind.ORGANISATION ? s.organisations : s.people).putIfAbsent(id, a);
    });
    Consumer<PlaceRef> place = r -> r.id().ifPresent(id -> s.places.putIfAbsent(id, catalog.flatMap(c -> c.place(id))
        .orElseGet(() -> new Place(id, r.name(), List.of(), Optional.empty(), Optional.empty()))));
    d.creators().forEach(agent);
    d.recipients().forEach(agent);
    d.texts().forEach(t -> t.translators().forEach(agent));
    d.dateline().place().ifPresent(place);
    d.mentions().people().forEach(agent);
    d.mentions().organisations().forEach(agent);
    d.mentions().places().forEach(place);
    return s;
  }

  static Optional<String> pointer(String kind, Optional<String> id) {
    return id.map(i -> "#" + xmlId(kind, i));
  }

  // identifiers of records may start with a digit, which an XML identifier may not
  static String xmlId(String kind, String id) {
    return kind + "-" + id;
  }

  void write(XmlOut out) {
    if (people.isEmpty() && organisations.isEmpty() && places.isEmpty()) {
      return;
    }
    out.block("standOff");
    if (!people.isEmpty()) {
      out.block("listPerson");
      people.values().forEach(a -> agent(out, "person", "persName", a));
      out.end();
    }
    if (!organisations.isEmpty()) {
      out.block("listOrg");
      organisations.values().forEach(a -> agent(out, "org", "orgName", a));
      out.end();
    }
    if (!places.isEmpty()) {
      out.block("listPlace");
      for (Place p : places.values()) {
        out.block("place", "xml:id", xmlId("place", p.id()));
        out.leaf("placeName", p.name());
        p.variants().forEach(v -> out.leaf("placeName", v, "type", "variant"));
        p.description().ifPresent(d -> out.leaf("note", d));
        p.sameAs().forEach(x -> sameAs(out, x));
        out.end();
      }
      out.end();
    }
    out.end();
  }

  private static void agent(XmlOut out, String element, String name, Agent a) {
    out.block(element, "xml:id", xmlId(element, a.id()));
    out.leaf(name, a.name());
    a.variants().forEach(v -> out.leaf(name, v, "type", "variant"));
    a.dates().ifPresent(d -> out.leaf("note", d, "type", "dates"));
    a.description().ifPresent(d -> out.leaf("note", d));
    a.sameAs().forEach(x -> sameAs(out, x));
    out.end();
  }

  private static void sameAs(XmlOut out, SameAs x) {
    x.url().ifPresent(u -> out.empty("ptr", "type", "sameAs", "subtype", x.system(), "target", u));
  }
}

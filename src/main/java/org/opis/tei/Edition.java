package org.opis.tei;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.opis.authority.Agent;
import org.opis.authority.AgentKind;

/**
 * What a TEI file says once for all its documents: the volume's identifier and title, and its
 * lists of persons and of terms. Each tagged person ({@code persName xml:id} in a list item)
 * becomes an authority record whose description is the rest of the item ("Johnson, Lyndon B.,
 * President of the United States"); each tagged term ({@code term xml:id}) a gloss that follows
 * the term where a document points to it ({@code gloss target="#t_NSC1"}).
 *
 * <p>A person's record is identified by the volume and the volume's own identifier of the
 * person ("frus1964-68v22-p-jlb1"), so importing the volume again updates the same records, and
 * two volumes' people of the same name are never merged by guesswork.
 */
final class Edition {
  static final String FRUS = "http://history.state.gov/frus/ns/1.0";
  static final Edition NONE =
      new Edition(Optional.empty(), Optional.empty(), Optional.empty(), false, List.of(), Map.of(), Map.of(), Map.of());

  private final Optional<String> id;
  private final Optional<String> title;
  private final Optional<String> language;
  private final boolean frus;
  private final List<Agent> agents;
  private final Map<String, String> agentIds;
  private final Map<String, List<String>> surnames;
  private final Map<String, String> terms;

  private Edition(Optional<String> id, Optional<String> title, Optional<String> language, boolean frus, List<Agent> agents,
      Map<String, String> agentIds, Map<String, List<String>> surnames, Map<String, String> terms) {
    this.id = id;
    this.title = title;
    this.language = language;
    this.frus = frus;
    this.agents = List.copyOf(agents);
    this.agentIds = Map.copyOf(agentIds);
    this.surnames = Map.copyOf(surnames);
    this.terms = Map.copyOf(terms);
  }

  static Edition of(XmlNode tei) {
    Optional<XmlNode> titleStmt = tei.first(n -> n.is("titleStmt"));
    Optional<String> title = titleStmt.flatMap(t -> t.all("title").stream()
            .filter(x -> x.attribute("type").filter(ty -> ty.equals("complete") || ty.equals("main")).isPresent())
            .findFirst().or(() -> t.child("title")))
        .map(XmlNode::text).filter(s -> !s.isEmpty());
    Optional<String> id = tei.first(n -> n.is("idno") && n.attribute("type").filter("frus"::equals).isPresent())
        .map(XmlNode::text).filter(s -> !s.isEmpty())
        .or(() -> tei.attribute("xml:id"));
    boolean frus = tei.attributes().keySet().stream().anyMatch(k -> k.startsWith("frus:"))
        || tei.first(n -> FRUS.equals(n.namespace())).isPresent()
        || tei.first(n -> n.is("idno") && n.attribute("type").filter("frus"::equals).isPresent()).isPresent();
    List<Agent> agents = new ArrayList<>();
    Map<String, String> agentIds = new HashMap<>();
    Map<String, List<String>> surnames = new HashMap<>();
    Map<String, String> terms = new HashMap<>();
    for (XmlNode item : tei.find(n -> n.is("item"))) {
      Optional<XmlNode> person = item.first(n -> (n.is("persName") || n.is("orgName")) && n.attribute("xml:id").isPresent());
      Optional<XmlNode> term = item.first(n -> n.is("term") && n.attribute("xml:id").isPresent());
      if (person.isPresent()) {
        XmlNode p = person.get();
        String xmlId = p.attribute("xml:id").orElseThrow();
        String name = p.text();
        if (name.isEmpty()) {
          continue;
        }
        String agentId = identifier(id.orElse("tei"), xmlId);
        AgentKind kind = p.is("orgName") ? AgentKind.ORGANISATION : AgentKind.PERSON;
        agents.add(new Agent(agentId, kind, name, directOrder(name, kind), Optional.empty(), rest(item.text(), name)));
        agentIds.put(xmlId, agentId);
        if (kind == AgentKind.PERSON && name.contains(",")) {
          surnames.computeIfAbsent(key(name.substring(0, name.indexOf(','))), k -> new ArrayList<>()).add(agentId);
        }
      } else if (term.isPresent()) {
        String xmlId = term.get().attribute("xml:id").orElseThrow();
        rest(item.text(), term.get().text()).ifPresent(meaning -> terms.put(xmlId, meaning));
      }
    }
    Edition draft = new Edition(id, title, tei.attribute("xml:lang"), frus, agents, agentIds, surnames, terms);
    return draft.withSpellings(tei);
  }

  /**
   * The edition with every spelling its documents use for a listed person already among the
   * person's variants, so that importing the volume again finds each record as it left it and
   * writes no new revision.
   */
  private Edition withSpellings(XmlNode tei) {
    Map<String, Agent> byId = new java.util.LinkedHashMap<>();
    agents.forEach(a -> byId.put(a.id(), a));
    for (XmlNode name : tei.find(n -> n.is("div") && n.attribute("type").filter("document"::equals).isPresent())
        .stream().flatMap(d -> d.find(n -> n.is("persName") || n.is("orgName")).stream()).toList()) {
      String spelling = name.text();
      agentFor(name).filter(byId::containsKey).filter(a -> !spelling.isEmpty())
          .ifPresent(a -> byId.put(a, byId.get(a).withVariant(spelling)));
    }
    return new Edition(id, title, language, frus, List.copyOf(byId.values()), agentIds, surnames, terms);
  }

  /**
   * The listed person a name in a document is: the one its {@code corresp} or {@code ref}
   * points to, or else the only listed person with that surname ("Johnson" in a head is
   * "Johnson, Lyndon B." when the volume lists no other Johnson); empty when neither.
   */
  Optional<String> agentFor(XmlNode name) {
    Optional<String> pointer = name.attribute("corresp").or(() -> name.attribute("ref"));
    if (pointer.isPresent()) {
      return agentId(pointer.get());
    }
    List<String> same = surnames.getOrDefault(key(name.text()), List.of());
    return same.size() == 1 ? Optional.of(same.get(0)) : Optional.empty();
  }

  private static String key(String surname) {
    return surname.strip().toLowerCase(Locale.ROOT);
  }

  /** "frus1964-68v22" and "p_JLB1" give "frus1964-68v22-p-jlb1": safe in a URL, at most 64 characters. */
  static String identifier(String volume, String xmlId) {
    String id = (volume + "-" + xmlId).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("^-+|-+$", "");
    return id.length() > 64 ? id.substring(id.length() - 64).replaceAll("^[^a-z0-9]+", "") : id;
  }

  // "Johnson, Lyndon B." is also "Lyndon B. Johnson", the way documents name him
  private static List<String> directOrder(String name, AgentKind kind) {
    int comma = name.indexOf(',');
    if (kind != AgentKind.PERSON || comma < 0 || name.indexOf(',', comma + 1) >= 0) {
      return List.of();
    }
    String direct = name.substring(comma + 1).strip() + " " + name.substring(0, comma).strip();
    return direct.isBlank() || direct.equals(name) ? List.of() : List.of(direct);
  }

  // the item's words after the name: "Johnson, Lyndon B., President" gives "President"
  private static Optional<String> rest(String itemText, String name) {
    int at = itemText.indexOf(name);
    String rest = at < 0 ? "" : itemText.substring(at + name.length());
    rest = rest.replaceFirst("^[\\s,;:.\u2014-]+", "").strip();
    return rest.isEmpty() ? Optional.empty() : Optional.of(rest);
  }

  /** The language the volume declares on its TEI element; empty when it declares none. */
  Optional<String> language() {
    return language;
  }

  Optional<String> id() {
    return id;
  }

  Optional<String> title() {
    return title;
  }

  boolean isFrus() {
    return frus;
  }

  List<Agent> agents() {
    return agents;
  }

  /** The authority record a pointer such as "#p_JLB1" leads to; empty when the volume does not list it. */
  Optional<String> agentId(String pointer) {
    return Optional.ofNullable(agentIds.get(local(pointer)));
  }

  /** The meaning of the term a pointer such as "#t_NSC1" leads to; empty when the volume does not list it. */
  Optional<String> term(String pointer) {
    return Optional.ofNullable(terms.get(local(pointer)));
  }

  private static String local(String pointer) {
    String p = pointer.strip();
    int space = p.indexOf(' ');
    p = space > 0 ? p.substring(0, space) : p;
    return p.startsWith("#") ? p.substring(1) : p;
  }
}

package org.opis.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.opis.authority.AgentKind;
import org.opis.authority.AgentRef;
import org.opis.cite.Citable;
import org.opis.cite.Issued;
import org.opis.record.CollectionRef;
import org.opis.record.Document;
import org.opis.record.Text;

/**
 * A document described in schema.org's vocabulary as JSON-LD, for search engines and linked-data
 * harvesters: an {@code ArchiveComponent} (a {@code CreativeWork} kept by an archive) held by
 * its repository ({@code holdingArchive}), part of its collections, about the people it
 * mentions, covering the places it names; a letter or telegram is also a {@code Message}, with
 * sender and recipients.
 */
final class LinkedData {
  private static final ObjectMapper JSON = new ObjectMapper();

  private LinkedData() {}

  /**
   * The description, ready to be placed inside {@code <script type="application/ld+json">}:
   * every {@code <}, {@code >} and {@code &} is written as a JSON escape, so no title can close
   * the script element or open a comment.
   *
   * @param address the absolute address of a path of the reading room ("/people/stalin")
   */
  static String of(Document d, Citable c, Function<String, String> address) {
    ObjectNode root = JSON.createObjectNode();
    root.put("@context", "https://schema.org");
    ArrayNode types = root.putArray("@type").add("ArchiveComponent");
    if (c.correspondence()) {
      types.add("Message");
    }
    root.put("@id", c.edition().permalink());
    root.put("url", c.edition().permalink());
    root.put("name", c.title());
    c.genre().ifPresent(g -> root.put("genre", g));
    c.summary().ifPresent(s -> root.put("description", s));
    c.issued().ifPresent(i -> root.put("dateCreated", date(i)));
    ArrayNode languages = root.putArray("inLanguage");
    d.languages().forEach(languages::add);
    d.texts().stream().map(Text::language).filter(l -> !d.languages().contains(l)).distinct().forEach(languages::add);
    agents(root, "creator", d.creators(), address);
    if (c.correspondence()) {
      agents(root, "sender", d.creators(), address);
      agents(root, "recipient", d.recipients(), address);
    }
    ArrayNode translators = root.putArray("translator");
    c.translators().forEach(t -> translators.addObject().put("@type", "Person").put("name", t.display()));
    c.archive().ifPresent(a -> root.putObject("holdingArchive").put("@type", "ArchiveOrganization").put("name", a));
    ArrayNode identifiers = root.putArray("identifier");
    d.sources().forEach(s -> identifiers.add(s.asWritten()));
    d.identifiers().forEach(identifiers::add);
    ArrayNode about = root.putArray("about");
    d.subjects().forEach(s -> about.addObject().put("@type", "Thing").put("name", s));
    d.mentions().people().forEach(p -> agent(about, p, address));
    d.mentions().organisations().forEach(o -> agent(about, o, address));
    ArrayNode places = root.putArray("spatialCoverage");
    d.mentions().places().forEach(p -> {
      ObjectNode place = places.addObject().put("@type", "Place").put("name", p.name());
      p.id().ifPresent(id -> place.put("url", address.apply("/places/" + Paths.segment(id))));
    });
    ArrayNode partOf = root.putArray("isPartOf");
    for (CollectionRef collection : d.collections()) {
      ObjectNode node = partOf.addObject().put("@type", "Collection").put("name", collection.title());
      collection.id().ifPresent(id -> node.put("url", address.apply("/collections/" + Paths.segment(id))));
    }
    root.putObject("publisher").put("@type", "ArchiveOrganization").put("name", c.edition().archiveName());
    d.rights().flatMap(r -> r.uri()).ifPresent(u -> root.put("license", u));
    d.rights().ifPresent(r -> root.put("usageInfo", r.statement()));
    ArrayNode funders = root.putArray("funder");
    d.funders().forEach(f -> funders.addObject().put("@type", "Organization").put("name", f));
    // a property with no values says nothing: left out rather than written as []
    List<String> empty = new ArrayList<>();
    root.fieldNames().forEachRemaining(name -> {
      if (root.get(name).isArray() && root.get(name).isEmpty()) {
        empty.add(name);
      }
    });
    root.remove(empty);
    try {
      return scriptSafe(JSON.writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings could not be written as JSON", e);
    }
  }

  /** JSON that cannot end or comment out the script element holding it; still the same JSON. */
  static String scriptSafe(String json) {
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }

  private static void agents(ObjectNode root, String property, List<AgentRef> agents, Function<String, String> address) {
    ArrayNode list = root.putArray(property);
    agents.forEach(a -> agent(list, a, address));
  }

  // a person or organisation the archive has an authority record for links to its page there
  private static void agent(ArrayNode list, AgentRef a, Function<String, String> address) {
    ObjectNode node = list.addObject()
        .put("@type", a.kind() == AgentKind.ORGANISATION ? "Organization" : "Person").put("name", a.name());
    a.id().ifPresent(id -> node.put("url", address.apply("/people/" + Paths.segment(id))));
  }

  // schema.org dates are ISO 8601: a day, month or year, or an interval between two
  private static String date(Issued i) {
    return i.iso() + i.end().map(e -> "/" + Issued.iso(e)).orElse("");
  }
}

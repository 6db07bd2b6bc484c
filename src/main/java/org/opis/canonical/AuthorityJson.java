package org.opis.canonical;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.ArrayList;
import org.opis.authority.Agent;
import org.opis.authority.SameAs;
import org.opis.authority.AgentKind;
import org.opis.authority.Place;
import org.opis.problem.Location;

/** Authority records in canonical JSON: {@code {"record": "person", "id": ..., "name": ...}}. */
final class AuthorityJson {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Set<String> AGENT_FIELDS = Set.of("record", "id", "name", "variants", "dates", "description",
      "sameAs");
  private static final Set<String> PLACE_FIELDS = Set.of("record", "id", "name", "variants", "within", "description",
      "sameAs");

  private AuthorityJson() {}

  static ObjectNode write(Agent a) {
    ObjectNode o = JSON.objectNode();
    o.put("record", a.kind().term());
    o.put("id", a.id());
    o.put("name", a.name());
    strings(o, "variants", a.variants());
    a.dates().ifPresent(d -> o.put("dates", d));
    a.description().ifPresent(d -> o.put("description", d));
    sameAs(o, a.sameAs());
    return o;
  }

  static ObjectNode write(Place p) {
    ObjectNode o = JSON.objectNode();
    o.put("record", "place");
    o.put("id", p.id());
    o.put("name", p.name());
    strings(o, "variants", p.variants());
    p.within().ifPresent(w -> o.put("within", w));
    p.description().ifPresent(d -> o.put("description", d));
    sameAs(o, p.sameAs());
    return o;
  }

  static Agent readAgent(JsonNode o, AgentKind kind, Location where) {
    Reading r = new Reading(where);
    r.rejectUnknown(o, "", AGENT_FIELDS);
    String id = id(r, o);
    String name = r.requiredText(o, "", "name", Reading.SHORT_LIMIT, "a " + kind.term());
    List<String> variants = variants(r, o, name);
    Optional<String> dates = r.text(o, "", "dates", 200);
    Optional<String> description = r.text(o, "", "description", Reading.LONG_LIMIT);
    List<SameAs> sameAs = sameAs(r, o);
    r.throwIfProblems();
    return new Agent(id, kind, name, variants, dates, description, sameAs);
  }

  static Place readPlace(JsonNode o, Location where) {
    Reading r = new Reading(where);
    r.rejectUnknown(o, "", PLACE_FIELDS);
    String id = id(r, o);
    String name = r.requiredText(o, "", "name", Reading.SHORT_LIMIT, "a place");
    List<String> variants = variants(r, o, name);
    Optional<String> within = r.text(o, "", "within", 100);
    Optional<String> description = r.text(o, "", "description", Reading.LONG_LIMIT);
    List<SameAs> sameAs = sameAs(r, o);
    r.throwIfProblems();
    return new Place(id, name, variants, within, description, sameAs);
  }

  private static String id(Reading r, JsonNode o) {
    return r.identifier("/id", r.requiredText(o, "", "id", 100, "an authority record"));
  }

  private static List<String> variants(Reading r, JsonNode o, String name) {
    return r.texts(o, "", "variants").stream().filter(v -> !v.equals(name)).distinct().toList();
  }

  // {"viaf": "24609378", "wikidata": "Q855"}: one identifier a file, checked for its form
  private static List<SameAs> sameAs(Reading r, JsonNode o) {
    JsonNode node = o.get("sameAs");
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isObject()) {
      r.problem("/sameAs", "\"sameAs\" should name each authority file with its identifier:"
          + " {\"viaf\": \"24609378\", \"wikidata\": \"Q855\"}");
      return List.of();
    }
    List<SameAs> found = new ArrayList<>();
    node.fields().forEachRemaining(field -> {
      String where = "/sameAs/" + field.getKey();
      if (SameAs.System.of(field.getKey()).isEmpty()) {
        r.problem(where, "\"" + field.getKey() + "\" is no authority file Opis knows; use "
            + java.util.Arrays.stream(SameAs.System.values()).map(SameAs.System::term)
                .collect(java.util.stream.Collectors.joining(", ")));
      } else if (!field.getValue().isTextual()) {
        r.problem(where, "the identifier should be text, as \"Q855\"");
      } else {
        SameAs link = new SameAs(SameAs.System.of(field.getKey()).get().term(), field.getValue().textValue().strip());
        if (link.isWellFormed()) {
          found.add(link);
        } else {
          r.problem(where, "\"" + link.value() + "\" is not a " + field.getKey() + " identifier");
        }
      }
    });
    return found;
  }

  private static void sameAs(ObjectNode o, List<SameAs> links) {
    if (!links.isEmpty()) {
      ObjectNode same = o.putObject("sameAs");
      links.forEach(l -> same.put(l.system(), l.value()));
    }
  }

  private static void strings(ObjectNode o, String name, List<String> values) {
    if (!values.isEmpty()) {
      ArrayNode a = o.putArray(name);
      values.forEach(a::add);
    }
  }
}

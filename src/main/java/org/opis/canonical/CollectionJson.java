package org.opis.canonical;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opis.catalog.CollectionDescription;
import org.opis.problem.Location;
import org.opis.record.DocumentId;

/**
 * A collection as its curator describes it, in canonical JSON:
 * {@code {"record": "collection", "id": ..., "title": ..., "introduction": ..., "within": ...,
 * "order": ["12", "7"]}}. An export carries one for every collection, after the documents, so
 * that an import puts back the introductions, the themes within themes and the reading order.
 */
final class CollectionJson {
  private static final Set<String> FIELDS = Set.of("record", "id", "title", "introduction", "within", "order");

  private CollectionJson() {}

  static ObjectNode write(CollectionDescription d) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("record", "collection");
    o.put("id", d.id());
    o.put("title", d.title());
    d.introduction().ifPresent(i -> o.put("introduction", i));
    d.within().ifPresent(w -> o.put("within", w));
    if (!d.order().isEmpty()) {
      ArrayNode order = o.putArray("order");
      d.order().forEach(id -> order.add(id.value()));
    }
    return o;
  }

  static CollectionDescription read(JsonNode o, Location where) {
    Reading r = new Reading(where);
    r.rejectUnknown(o, "", FIELDS);
    String id = r.identifier("/id", r.requiredText(o, "", "id", 100, "a collection"));
    String title = r.requiredText(o, "", "title", Reading.SHORT_LIMIT, "a collection");
    Optional<String> introduction = introduction(r, o.get("introduction"));
    Optional<String> within = r.text(o, "", "within", 100).map(w -> r.identifier("/within", w));
    List<String> order = r.texts(o, "", "order");
    for (int i = 0; i < order.size(); i++) {
      r.identifier("/order/" + i, order.get(i));
    }
    r.throwIfProblems();
    return new CollectionDescription(id, title, introduction, within, order.stream().map(DocumentId::new).toList());
  }

  // Markdown as written: a leading indent is a code block, so the text is not stripped
  private static Optional<String> introduction(Reading r, JsonNode node) {
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isTextual()) {
      r.problem("/introduction", "\"introduction\" should be text (Markdown), not " + Reading.describe(node));
      return Optional.empty();
    }
    return Optional.of(node.textValue()).filter(i -> !i.isBlank());
  }
}

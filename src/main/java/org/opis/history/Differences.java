package org.opis.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opis.canonical.CanonicalJson;
import org.opis.record.Document;

/**
 * What changed between two versions of a document, field by field: both are read as canonical
 * JSON and flattened to their leaves ({@code texts 1 body}), so every field of the record is
 * compared, those added to the record later included, without a list to keep up to date. The
 * stamps every save sets (when uploaded, when modified) are left out: they change every time.
 */
public final class Differences {
  private static final List<String> STAMPS = List.of("uploaded", "modified");

  private Differences() {}

  /** The fields that differ, in the order the later version has them, then those it dropped. */
  public static List<FieldChange> between(Document earlier, Document later) {
    return between(CanonicalJson.tree(earlier), CanonicalJson.tree(later));
  }

  /** As {@link #between(Document, Document)}, for any two records in canonical JSON (authority records). */
  public static List<FieldChange> between(JsonNode earlier, JsonNode later) {
    Map<String, String> before = leaves(earlier);
    Map<String, String> after = leaves(later);
    List<FieldChange> changes = new ArrayList<>();
    after.forEach((field, value) -> {
      String was = before.get(field);
      if (!value.equals(was)) {
        changes.add(new FieldChange(field, Optional.ofNullable(was), Optional.of(value)));
      }
    });
    before.forEach((field, value) -> {
      if (!after.containsKey(field)) {
        changes.add(new FieldChange(field, Optional.of(value), Optional.empty()));
      }
    });
    return List.copyOf(changes);
  }

  private static Map<String, String> leaves(JsonNode tree) {
    Map<String, String> leaves = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> fields = tree.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (!STAMPS.contains(field.getKey())) {
        flatten(field.getKey(), field.getValue(), leaves);
      }
    }
    return leaves;
  }

  // arrays are numbered from 1, as a reader counts them
  private static void flatten(String path, JsonNode node, Map<String, String> leaves) {
    if (node.isObject()) {
      node.fields().forEachRemaining(f -> flatten(path + " " + f.getKey(), f.getValue(), leaves));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(path + " " + (i + 1), node.get(i), leaves);
      }
    } else if (!node.isNull()) {
      leaves.put(path, node.isTextual() ? node.textValue() : node.toString());
    }
  }
}

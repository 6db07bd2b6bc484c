package org.opis.canonical;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import org.opis.catalog.Merged;
import org.opis.problem.Location;

/**
 * An authority record merged away, in canonical JSON:
 * {@code {"record": "merged", "id": "stalin-2", "into": "stalin", "at": "2026-11-20T10:00:00Z"}}.
 * An export carries one for every merge, after the records that remain, so that a restored archive
 * still answers the identifiers and addresses of records merged away.
 */
final class MergeJson {
  private static final Set<String> FIELDS = Set.of("record", "id", "into", "at");

  private MergeJson() {}

  static ObjectNode write(Merged m) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("record", "merged");
    o.put("id", m.from());
    o.put("into", m.into());
    m.at().ifPresent(at -> o.put("at", at.toString()));
    return o;
  }

  static Merged read(JsonNode o, Location where) {
    Reading r = new Reading(where);
    r.rejectUnknown(o, "", FIELDS);
    String from = r.identifier("/id", r.requiredText(o, "", "id", 100, "a merged record"));
    String into = r.identifier("/into", r.requiredText(o, "", "into", 100, "a merged record"));
    Optional<Instant> at = Optional.empty();
    String written = r.text(o, "", "at", 100).orElse("");
    if (!written.isEmpty()) {
      try {
        at = Optional.of(Instant.parse(written));
      } catch (DateTimeParseException e) {
        r.problem("/at", "\"" + written + "\" is not a moment in UTC, as \"2026-11-20T10:00:00Z\"");
      }
    }
    r.throwIfProblems();
    return new Merged(from, into, at);
  }
}

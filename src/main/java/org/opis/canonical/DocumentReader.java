package org.opis.canonical;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opis.authority.PlaceRef;
import org.opis.problem.Location;
import org.opis.record.Document;
import org.opis.record.DocumentBuilder;
import org.opis.record.DocumentId;
import org.opis.record.Languages;
import org.opis.record.Mentions;
import org.opis.record.Rights;

/** Reads one document from canonical JSON, reporting every problem with its JSON pointer. */
final class DocumentReader {
  static final Set<String> FIELDS = Set.of(
      "record", "id", "title", "type", "date", "dateline", "creators", "recipients", "summary",
      "texts", "sources", "identifiers", "externalIds", "classification", "languages", "rights",
      "funders", "mentions", "subjects", "collections", "attachments", "related", "visibility",
      "provenance", "uploaded", "modified");

  private static final java.util.regex.Pattern WEB_ADDRESS =
      java.util.regex.Pattern.compile("(?i)https?://[^\\s/?#]+[^\\s]*");
  private final Reading r;
  private final Parts parts;
  private final boolean stored;

  private DocumentReader(Location where, boolean stored) {
    this.r = new Reading(where);
    this.parts = new Parts(r, stored);
    this.stored = stored;
  }

  /** The document in {@code node}; throws with every problem found when it cannot be read. */
  static Document read(JsonNode node, Location where) {
    return read(node, where, false);
  }

  /**
   * As {@link #read(JsonNode, Location)}; {@code stored} for what Opis saved itself, which is read
   * without the checks added since it was saved (a date whose EDTF is far from its words): a
   * document saved before them must stay readable, and is mended by an editor, not refused.
   */
  static Document read(JsonNode node, Location where, boolean stored) {
    DocumentReader reader = new DocumentReader(where, stored);
    Document document = reader.document(node);
    reader.r.throwIfProblems();
    return document;
  }

  private Document document(JsonNode o) {
    if (!r.object(o, "", "a document")) {
      r.throwIfProblems();
    }
    r.rejectUnknown(o, "", FIELDS);
    DocumentBuilder b = Document.titled(r.requiredText(o, "", "title", Reading.SHORT_LIMIT, "a document"));
    id(o).ifPresent(b::id);
    r.text(o, "", "type", 100).map(t -> t.toLowerCase(java.util.Locale.ROOT)).ifPresent(b::type);
    parts.date(o, "").ifPresent(b::date);
    b.dateline(parts.dateline(o, ""));
    b.creators(parts.agents(o, "", "creators"));
    b.recipients(parts.agents(o, "", "recipients"));
    r.text(o, "", "summary", Reading.LONG_LIMIT).ifPresent(b::summary);
    b.texts(r.list(o, "", "texts", parts::text));
    b.sources(r.list(o, "", "sources", parts::source));
    b.identifiers(r.texts(o, "", "identifiers"));
    b.externalIds(r.list(o, "", "externalIds", parts::externalId));
    r.text(o, "", "classification", Reading.SHORT_LIMIT).ifPresent(b::classification);
    b.languages(languages(o));
    rights(o).ifPresent(b::rights);
    b.funders(r.texts(o, "", "funders"));
    b.mentions(mentions(o));
    b.subjects(r.texts(o, "", "subjects"));
    b.collections(r.list(o, "", "collections", parts::collection));
    b.attachments(r.list(o, "", "attachments", parts::attachment));
    b.related(r.list(o, "", "related", parts::relation));
    b.visibility(parts.visibility(o, ""));
    r.text(o, "", "provenance", Reading.SHORT_LIMIT).ifPresent(b::provenance);
    // stamps are taken as given, in any order: an archive's own export holds a record imported
    // with only "modified" (older) and stamped "uploaded" on import, and must import again
    instant(o, "uploaded").ifPresent(b::uploaded);
    instant(o, "modified").ifPresent(b::modified);
    return b.build();
  }

  private Optional<DocumentId> id(JsonNode o) {
    JsonNode node = o.get("id");
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    String value = node.isIntegralNumber() ? node.asText() : node.isTextual() ? node.textValue().strip() : null;
    if (value == null || !DocumentId.isWellFormed(value)) {
      r.problem("/id", "\"id\" should be 1 to 64 letters, digits, dots, hyphens or underscores, not "
          + Reading.describe(node));
      return Optional.empty();
    }
    return Optional.of(new DocumentId(value));
  }

  private List<String> languages(JsonNode o) {
    List<String> tags = new ArrayList<>();
    List<String> written = r.texts(o, "", "languages");
    for (int i = 0; i < written.size(); i++) {
      String name = written.get(i);
      Optional<String> tag = Languages.tag(name);
      if (tag.isEmpty()) {
        r.problem("/languages/" + i, "\"" + name + "\" is not a language name or ISO 639 code");
      } else if (!tags.contains(tag.get())) {
        tags.add(tag.get());
      }
    }
    return tags;
  }

  private Optional<Rights> rights(JsonNode o) {
    JsonNode node = o.get("rights");
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (node.isTextual()) {
      return r.text(o, "", "rights", Reading.LONG_LIMIT).map(s -> new Rights(s, Optional.empty()));
    }
    if (!r.object(node, "/rights", "\"rights\"")) {
      return Optional.empty();
    }
    r.rejectUnknown(node, "/rights", Set.of("statement", "uri"));
    String statement = r.requiredText(node, "/rights", "statement", Reading.LONG_LIMIT, "\"rights\"");
    Optional<String> uri = r.text(node, "/rights", "uri", Reading.SHORT_LIMIT);
    // a link readers follow and harvesters copy as the licence: a web address, nothing else
    if (!stored && uri.isPresent() && !WEB_ADDRESS.matcher(uri.get()).matches()) {
      r.problem("/rights/uri", "\"uri\" is \"" + Reading.abbreviate(uri.get()) + "\"; give the web address of the rights"
          + " statement or licence, such as http://rightsstatements.org/vocab/InC-EDU/1.0/");
    }
    return Optional.of(new Rights(statement, uri));
  }

  private Mentions mentions(JsonNode o) {
    JsonNode node = o.get("mentions");
    if (node == null || node.isNull() || !r.object(node, "/mentions", "\"mentions\"")) {
      return Mentions.NONE;
    }
    r.rejectUnknown(node, "/mentions", Set.of("people", "organisations", "places"));
    List<PlaceRef> places = r.list(node, "/mentions", "places", parts::place);
    return new Mentions(
        parts.agents(node, "/mentions", "people", org.opis.authority.AgentKind.PERSON),
        parts.agents(node, "/mentions", "organisations", org.opis.authority.AgentKind.ORGANISATION),
        places);
  }

  private Optional<Instant> instant(JsonNode o, String name) {
    return r.text(o, "", name, 100).flatMap(text -> {
      try {
        return Optional.of(Instant.parse(text));
      } catch (DateTimeParseException e) {
        r.problem("/" + name, "cannot read \"" + text + "\" as a moment in time; write it as 2024-05-01T12:00:00Z");
        return Optional.empty();
      }
    });
  }
}

package org.opis.ingest.csv;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One spreadsheet row as canonical JSON, remembering which column each JSON property came from
 * so that a problem found in the JSON is reported in the spreadsheet's terms.
 */
final class Row {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private final Map<Columns, String> cells;
  private final List<Columns> textColumns = new ArrayList<>();

  Row(Map<Columns, String> cells) {
    this.cells = new EnumMap<>(cells);
  }

  ObjectNode json() {
    ObjectNode o = JSON.objectNode();
    text(o, "id", Columns.ID);
    // a line break typed into a title's cell (Alt+Enter) is not part of the title: titles are one line
    cell(Columns.TITLE).ifPresent(t -> o.put("title", t.replaceAll("\\s*\\R\\s*", " ")));
    text(o, "type", Columns.TYPE);
    text(o, "date", Columns.DATE);
    ObjectNode dateline = JSON.objectNode();
    text(dateline, "asWritten", Columns.DATELINE);
    text(dateline, "place", Columns.PLACE);
    text(dateline, "time", Columns.TIME);
    if (dateline.size() > 0) {
      o.set("dateline", dateline);
    }
    list(o, "creators", Columns.CREATORS);
    list(o, "recipients", Columns.RECIPIENTS);
    text(o, "summary", Columns.SUMMARY);
    ArrayNode texts = JSON.arrayNode();
    cell(Columns.TEXT).ifPresent(body -> {
      ObjectNode t = texts.addObject();
      text(t, "kind", Columns.TEXT_KIND);
      text(t, "language", Columns.TEXT_LANGUAGE);
      list(t, "translators", Columns.TRANSLATORS);
      t.put("body", body);
      textColumns.add(Columns.TEXT);
    });
    cell(Columns.ORIGINAL_TEXT).ifPresent(body -> {
      ObjectNode t = texts.addObject();
      t.put("kind", "transcription");
      text(t, "language", Columns.ORIGINAL_LANGUAGE);
      t.put("body", body);
      textColumns.add(Columns.ORIGINAL_TEXT);
    });
    if (texts.size() > 0) {
      o.set("texts", texts);
    }
    list(o, "sources", Columns.SOURCES);
    list(o, "identifiers", Columns.IDENTIFIERS);
    text(o, "classification", Columns.CLASSIFICATION);
    list(o, "languages", Columns.LANGUAGES);
    // a licence's address without the statement is refused by the reader, never dropped
    if (cell(Columns.RIGHTS).isPresent() || cell(Columns.RIGHTS_URI).isPresent()) {
      ObjectNode rights = o.putObject("rights");
      text(rights, "statement", Columns.RIGHTS);
      text(rights, "uri", Columns.RIGHTS_URI);
    }
    list(o, "funders", Columns.FUNDERS);
    ObjectNode mentions = JSON.objectNode();
    list(mentions, "people", Columns.PEOPLE);
    list(mentions, "organisations", Columns.ORGANISATIONS);
    list(mentions, "places", Columns.PLACES);
    if (mentions.size() > 0) {
      o.set("mentions", mentions);
    }
    list(o, "subjects", Columns.SUBJECTS);
    list(o, "collections", Columns.COLLECTIONS);
    list(o, "related", Columns.RELATED);
    visibility(o);
    text(o, "provenance", Columns.PROVENANCE);
    list(o, "attachments", Columns.SCANS);
    return o;
  }

  /** The column a JSON pointer of {@link #json()} came from; TITLE for the record as a whole. */
  Columns column(String pointer) {
    String[] p = pointer.split("/");
    String top = p.length > 1 ? p[1] : "";
    switch (top) {
      case "dateline":
        return p.length > 2 && p[2].equals("place") ? Columns.PLACE
            : p.length > 2 && p[2].equals("time") ? Columns.TIME : Columns.DATELINE;
      case "texts":
        Columns body = p.length > 2 && isIndex(p[2]) && Integer.parseInt(p[2]) < textColumns.size()
            ? textColumns.get(Integer.parseInt(p[2])) : Columns.TEXT;
        String part = p.length > 3 ? p[3] : "body";
        if (part.equals("language")) {
          return body == Columns.TEXT ? Columns.TEXT_LANGUAGE : Columns.ORIGINAL_LANGUAGE;
        }
        return part.equals("kind") ? Columns.TEXT_KIND : part.equals("translators") ? Columns.TRANSLATORS : body;
      case "rights":
        return p.length > 2 && p[2].equals("uri") ? Columns.RIGHTS_URI : Columns.RIGHTS;
      case "mentions":
        return p.length > 2 ? Columns.named(p[2]).orElse(Columns.PEOPLE) : Columns.PEOPLE;
      case "visibility":
        return p.length > 2 && p[2].equals("until") ? Columns.EMBARGO_UNTIL : Columns.VISIBILITY;
      default:
        return Columns.named(top).orElse(Columns.TITLE);
    }
  }

  private void visibility(ObjectNode o) {
    Optional<String> access = cell(Columns.VISIBILITY);
    Optional<String> until = cell(Columns.EMBARGO_UNTIL);
    if (access.isEmpty() && until.isEmpty()) {
      return;
    }
    ObjectNode v = o.putObject("visibility");
    v.put("access", access.orElse("embargoed"));
    until.ifPresent(u -> v.put("until", u));
  }

  private Optional<String> cell(Columns c) {
    return Optional.ofNullable(cells.get(c)).map(String::strip).filter(s -> !s.isEmpty());
  }

  private void text(ObjectNode o, String name, Columns c) {
    cell(c).ifPresent(v -> o.put(name, v));
  }

  private void list(ObjectNode o, String name, Columns c) {
    cell(c).ifPresent(v -> {
      ArrayNode a = o.putArray(name);
      Arrays.stream(v.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).forEach(a::add);
    });
  }

  private static boolean isIndex(String s) {
    return !s.isEmpty() && s.length() < 4 && s.chars().allMatch(Character::isDigit);
  }
}

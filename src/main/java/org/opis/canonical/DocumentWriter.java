package org.opis.canonical;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.opis.authority.AgentRef;
import org.opis.authority.PlaceRef;
import org.opis.date.DocumentDate;
import org.opis.marks.EditorialMark;
import org.opis.marks.MarkReader;
import org.opis.record.Attachment;
import org.opis.record.CollectionRef;
import org.opis.record.Dateline;
import org.opis.record.Document;
import org.opis.record.ExternalId;
import org.opis.record.Relation;
import org.opis.record.Text;
import org.opis.record.Visibility;
import org.opis.reference.ArchivalReference;

/** Writes a document as canonical JSON, in a fixed order, leaving out what is absent or empty. */
final class DocumentWriter {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private DocumentWriter() {}

  static ObjectNode write(Document d) {
    ObjectNode o = JSON.objectNode();
    d.id().ifPresent(id -> o.put("id", id.value()));
    o.put("title", d.title());
    d.type().ifPresent(t -> o.put("type", t));
    d.date().ifPresent(date -> o.set("date", date(date)));
    if (!d.dateline().isEmpty()) {
      o.set("dateline", dateline(d.dateline()));
    }
    array(o, "creators", d.creators(), DocumentWriter::agent);
    array(o, "recipients", d.recipients(), DocumentWriter::agent);
    d.summary().ifPresent(s -> o.put("summary", s));
    array(o, "texts", d.texts(), DocumentWriter::text);
    array(o, "sources", d.sources(), DocumentWriter::source);
    strings(o, "identifiers", d.identifiers());
    array(o, "externalIds", d.externalIds(), DocumentWriter::externalId);
    d.classification().ifPresent(c -> o.put("classification", c));
    strings(o, "languages", d.languages());
    d.rights().ifPresent(r -> {
      ObjectNode rights = o.putObject("rights");
      rights.put("statement", r.statement());
      r.uri().ifPresent(u -> rights.put("uri", u));
    });
    strings(o, "funders", d.funders());
    if (!d.mentions().isEmpty()) {
      ObjectNode m = o.putObject("mentions");
      array(m, "people", d.mentions().people(), DocumentWriter::agent);
      array(m, "organisations", d.mentions().organisations(), DocumentWriter::agent);
      array(m, "places", d.mentions().places(), DocumentWriter::place);
    }
    strings(o, "subjects", d.subjects());
    array(o, "collections", d.collections(), DocumentWriter::collection);
    array(o, "attachments", d.attachments(), DocumentWriter::attachment);
    array(o, "related", d.related(), DocumentWriter::relation);
    o.set("visibility", visibility(d.visibility()));
    d.provenance().ifPresent(p -> o.put("provenance", p));
    d.uploaded().ifPresent(t -> o.put("uploaded", t.toString()));
    d.modified().ifPresent(t -> o.put("modified", t.toString()));
    return o;
  }

  static ObjectNode date(DocumentDate date) {
    ObjectNode o = JSON.objectNode();
    o.put("asWritten", date.asWritten());
    o.put("edtf", date.edtf());
    o.put("earliest", date.earliest().toString());
    o.put("latest", date.latest().toString());
    o.put("calendar", date.calendar().name().toLowerCase(java.util.Locale.ROOT));
    if (date.inferred()) {
      o.put("inferred", true);
    }
    return o;
  }

  private static ObjectNode dateline(Dateline d) {
    ObjectNode o = JSON.objectNode();
    d.asWritten().ifPresent(a -> o.put("asWritten", a));
    d.place().ifPresent(p -> o.set("place", place(p)));
    d.time().ifPresent(t -> o.put("time", t));
    return o;
  }

  static ObjectNode agent(AgentRef a) {
    ObjectNode o = JSON.objectNode();
    o.put("name", a.name());
    o.put("kind", a.kind().term());
    a.id().ifPresent(id -> o.put("id", id));
    return o;
  }

  static ObjectNode place(PlaceRef p) {
    ObjectNode o = JSON.objectNode();
    o.put("name", p.name());
    p.id().ifPresent(id -> o.put("id", id));
    return o;
  }

  private static ObjectNode text(Text t) {
    ObjectNode o = JSON.objectNode();
    o.put("kind", t.kind().term());
    o.put("language", t.language());
    array(o, "translators", t.translators(), DocumentWriter::agent);
    o.put("body", t.body());
    if (t.marks().isEmpty() && t.body().indexOf('[') >= 0 && !MarkReader.read(t.body()).isEmpty()) {
      // a text without "marks" is read with the marks its brackets suggest; one that has none
      // (a TEI edition's bracketed headnote is its words, not an editor's note) says so, or
      // every export and import again would add a mark and a revision
      o.putArray("marks");
    } else {
      array(o, "marks", t.marks(), DocumentWriter::mark);
    }
    return o;
  }

  private static ObjectNode mark(EditorialMark m) {
    ObjectNode o = JSON.objectNode();
    o.put("kind", m.kind().term());
    o.put("start", m.start());
    o.put("end", m.end());
    return o;
  }

  private static ObjectNode source(ArchivalReference r) {
    ObjectNode o = JSON.objectNode();
    o.put("asWritten", r.asWritten());
    r.repository().ifPresent(rep -> o.put("repository", rep));
    o.put("system", r.system().term());
    array(o, "levels", r.levels(), l -> {
      ObjectNode level = JSON.objectNode();
      level.put("unit", l.unit());
      level.put("value", l.value());
      return level;
    });
    return o;
  }

  private static ObjectNode externalId(ExternalId e) {
    ObjectNode o = JSON.objectNode();
    o.put("system", e.system());
    o.put("value", e.value());
    return o;
  }

  private static ObjectNode collection(CollectionRef c) {
    ObjectNode o = JSON.objectNode();
    o.put("title", c.title());
    c.id().ifPresent(id -> o.put("id", id));
    return o;
  }

  private static ObjectNode attachment(Attachment a) {
    ObjectNode o = JSON.objectNode();
    o.put("name", a.name());
    o.put("mediaType", a.mediaType());
    o.put("bytes", a.bytes());
    o.put("sha512", a.sha512());
    o.put("role", a.role().term());
    a.label().ifPresent(l -> o.put("label", l));
    if (!a.pages().isEmpty()) {
      ArrayNode pages = o.putArray("pages");
      a.pages().forEach(p -> pages.addObject().put("width", p.width()).put("height", p.height()));
    }
    return o;
  }

  private static ObjectNode relation(Relation r) {
    ObjectNode o = JSON.objectNode();
    o.put("id", r.target().value());
    r.note().ifPresent(n -> o.put("note", n));
    return o;
  }

  private static ObjectNode visibility(Visibility v) {
    ObjectNode o = JSON.objectNode();
    o.put("access", v.access().term());
    v.until().ifPresent(u -> o.put("until", u.toString()));
    return o;
  }

  private static void strings(ObjectNode o, String name, List<String> values) {
    if (!values.isEmpty()) {
      ArrayNode a = o.putArray(name);
      values.forEach(a::add);
    }
  }

  static <T> void array(ObjectNode o, String name, List<T> values, Function<T, ObjectNode> each) {
    if (!values.isEmpty()) {
      ArrayNode a = o.putArray(name);
      values.forEach(v -> a.add(each.apply(v)));
    }
  }

  static void optional(ObjectNode o, String name, Optional<String> value) {
    value.ifPresent(v -> o.put(name, v));
  }
}

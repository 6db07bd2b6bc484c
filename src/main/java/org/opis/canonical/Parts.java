package org.opis.canonical;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.opis.authority.AgentKind;
import org.opis.authority.AgentKinds;
import org.opis.authority.AgentRef;
import org.opis.authority.PlaceRef;
import org.opis.date.Calendar;
import org.opis.date.DateParser;
import org.opis.date.DocumentDate;
import org.opis.date.Edtf;
import org.opis.marks.EditorialMark;
import org.opis.marks.MarkKind;
import org.opis.marks.MarkReader;
import org.opis.record.Attachment;
import org.opis.record.AttachmentRole;
import org.opis.record.CollectionRef;
import org.opis.record.Dateline;
import org.opis.record.DocumentId;
import org.opis.record.ExternalId;
import org.opis.record.FileName;
import org.opis.record.Languages;
import org.opis.record.PixelSize;
import org.opis.record.Relation;
import org.opis.record.Text;
import org.opis.record.TextKind;
import org.opis.record.Visibility;
import org.opis.reference.ArchivalReference;
import org.opis.reference.ReferenceParser;
import org.opis.reference.ReferenceSystem;

/** Reads the parts of a document: dates, names, texts, references and the rest. */
final class Parts {
  private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
  private static final Pattern SHA512 = Pattern.compile("[0-9a-f]{128}");
  private final Reading r;
  private final boolean stored;

  Parts(Reading r, boolean stored) {
    this.r = r;
    this.stored = stored;
  }

  Optional<DocumentDate> date(JsonNode parent, String pointer) {
    JsonNode node = parent.get("date");
    String here = pointer + "/date";
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (node.isTextual()) {
      return r.text(parent, pointer, "date", 200).filter(t -> !DateParser.isUndated(t))
          .flatMap(t -> r.attempt(() -> DateParser.parse(t, r.at(here))));
    }
    if (!r.object(node, here, "\"date\"")) {
      return Optional.empty();
    }
    r.rejectUnknown(node, here, Set.of("asWritten", "edtf", "earliest", "latest", "calendar", "inferred"));
    Optional<String> asWritten = r.text(node, here, "asWritten", 200);
    Optional<String> edtf = r.text(node, here, "edtf", 100);
    if (edtf.isEmpty()) {
      if (asWritten.isEmpty()) {
        r.problem(here, "a \"date\" needs \"asWritten\" or \"edtf\"");
        return Optional.empty();
      }
      if (DateParser.isUndated(asWritten.get())) {
        return Optional.empty();
      }
      return r.attempt(() -> DateParser.parse(asWritten.get(), r.at(here + "/asWritten")));
    }
    Optional<DocumentDate> read =
        r.attempt(() -> Edtf.read(edtf.get(), asWritten.orElse(edtf.get()), r.at(here + "/edtf")));
    if (read.isEmpty()) {
      return read;
    }
    DocumentDate d = read.get();
    if (!stored && !node.has("calendar") && !node.has("inferred") && asWritten.isPresent()
        && contradicts(asWritten.get(), d)) {
      r.problem(here + "/edtf", "\"" + edtf.get() + "\" is not the date written, \"" + asWritten.get()
          + "\"; correct one of them");
      return Optional.empty();
    }
    LocalDate earliest = day(node, here, "earliest").orElse(d.earliest());
    LocalDate latest = day(node, here, "latest").orElse(d.latest());
    if (latest.isBefore(earliest)) {
      r.problem(here, "\"latest\" " + latest + " is before \"earliest\" " + earliest);
      return Optional.empty();
    }
    Calendar calendar = r.term(node, here, "calendar",
        t -> "julian".equalsIgnoreCase(t) ? Optional.of(Calendar.JULIAN)
            : "gregorian".equalsIgnoreCase(t) ? Optional.of(Calendar.GREGORIAN) : Optional.empty(),
        "gregorian, julian").orElse(d.calendar());
    boolean inferred = node.has("inferred") ? node.get("inferred").asBoolean(false) : d.inferred();
    return Optional.of(new DocumentDate(d.asWritten(), d.edtf(), earliest, latest, calendar, inferred));
  }

  // the date as written, when Opis can read it, and the EDTF given for it name days far apart (a
  // date typed in the wrong record): sorting and filters would use the wrong year unseen. A more
  // exact EDTF within the written date ("November 1920", 1920-11-16) is an editor's knowledge,
  // a fortnight either way leaves room for the Julian calendar, and a date given its calendar or
  // marked inferred is an editor's reading on purpose (an Old Style year that began on 25 March,
  // a letter dated with last year's number in January): none of these is refused
  private static boolean contradicts(String asWritten, DocumentDate given) {
    if (DateParser.isUndated(asWritten)) {
      return false;
    }
    DocumentDate written;
    try {
      written = DateParser.parse(asWritten, org.opis.problem.Location.NOWHERE);
    } catch (RuntimeException e) {
      return false; // words Opis cannot read as a date ("the eve of the congress"): the EDTF says
    }
    return given.latest().plusDays(14).isBefore(written.earliest()) || written.latest().plusDays(14).isBefore(given.earliest());
  }

  private Optional<LocalDate> day(JsonNode node, String pointer, String name) {
    return r.text(node, pointer, name, 20).flatMap(t -> {
      try {
        return Optional.of(LocalDate.parse(t));
      } catch (DateTimeParseException e) {
        r.problem(pointer + "/" + name, "cannot read \"" + t + "\" as a day; write it as 1920-11-16");
        return Optional.empty();
      }
    });
  }

  Dateline dateline(JsonNode parent, String pointer) {
    JsonNode node = parent.get("dateline");
    String here = pointer + "/dateline";
    if (node == null || node.isNull()) {
      return Dateline.NONE;
    }
    if (node.isTextual()) {
      return new Dateline(r.text(parent, pointer, "dateline", Reading.SHORT_LIMIT), Optional.empty(), Optional.empty());
    }
    if (!r.object(node, here, "\"dateline\"")) {
      return Dateline.NONE;
    }
    r.rejectUnknown(node, here, Set.of("asWritten", "place", "time"));
    Optional<PlaceRef> place = Optional.ofNullable(node.get("place"))
        .filter(p -> !p.isNull())
        .flatMap(p -> place(p, here + "/place"));
    Optional<String> time = r.text(node, here, "time", 20);
    if (time.isPresent() && !TIME.matcher(time.get()).matches()) {
      r.problem(here + "/time", "cannot read \"" + time.get() + "\" as a time of day; write it as 17:05");
      time = Optional.empty();
    }
    return new Dateline(r.text(node, here, "asWritten", Reading.SHORT_LIMIT), place, time);
  }

  List<AgentRef> agents(JsonNode parent, String pointer, String name) {
    return r.list(parent, pointer, name, (n, here) -> agent(n, here, Optional.empty()));
  }

  List<AgentRef> agents(JsonNode parent, String pointer, String name, AgentKind kind) {
    return r.list(parent, pointer, name, (n, here) -> agent(n, here, Optional.of(kind)));
  }

  Optional<AgentRef> agent(JsonNode node, String here, Optional<AgentKind> fixed) {
    if (node.isTextual()) {
      return r.string(node, here, "name")
          .map(name -> new AgentRef(name, fixed.orElseGet(() -> AgentKinds.guess(name)), Optional.empty()));
    }
    if (!node.isObject()) {
      r.problem(here, "a name should be text, or an object with a \"name\", not " + Reading.describe(node));
      return Optional.empty();
    }
    r.rejectUnknown(node, here, Set.of("name", "kind", "id"));
    String name = r.requiredText(node, here, "name", Reading.SHORT_LIMIT, "a person or organisation");
    Optional<AgentKind> kind = r.term(node, here, "kind", AgentKind::fromTerm, "person, organisation");
    Optional<String> id = authorityId(node, here);
    return name.isEmpty() ? Optional.empty()
        : Optional.of(new AgentRef(name, kind.or(() -> fixed).orElseGet(() -> AgentKinds.guess(name)), id));
  }

  Optional<PlaceRef> place(JsonNode node, String here) {
    if (node.isTextual()) {
      return r.string(node, here, "place").map(PlaceRef::named);
    }
    if (!r.object(node, here, "a place")) {
      return Optional.empty();
    }
    r.rejectUnknown(node, here, Set.of("name", "id"));
    String name = r.requiredText(node, here, "name", Reading.SHORT_LIMIT, "a place");
    return name.isEmpty() ? Optional.empty() : Optional.of(new PlaceRef(name, authorityId(node, here)));
  }

  private Optional<String> authorityId(JsonNode node, String here) {
    Optional<String> id = r.text(node, here, "id", 100);
    if (id.isPresent() && !DocumentId.isWellFormed(id.get())) {
      r.problem(here + "/id", "\"" + id.get() + "\" is not an identifier: use letters, digits, dots, hyphens, underscores");
      return Optional.empty();
    }
    return id;
  }

  Optional<Text> text(JsonNode node, String here) {
    if (!r.object(node, here, "a text")) {
      return Optional.empty();
    }
    r.rejectUnknown(node, here, Set.of("kind", "language", "translators", "body", "marks"));
    String body = node.has("body") && node.get("body").isTextual()
        ? node.get("body").textValue() : r.requiredText(node, here, "body", Reading.LONG_LIMIT, "a text");
    if (body.length() > Reading.LONG_LIMIT) {
      r.problem(here + "/body", "the text is " + String.format("%,d", body.length())
          + " characters long; the most one text may hold is " + String.format("%,d", Reading.LONG_LIMIT)
          + " (split it into parts)");
      return Optional.empty();
    }
    if (body.isBlank()) {
      r.problem(here, "a text needs a \"body\"");
      return Optional.empty();
    }
    List<AgentRef> translators =
        r.list(node, here, "translators", (n, h) -> agent(n, h, Optional.of(AgentKind.PERSON)));
    TextKind kind = r.term(node, here, "kind", TextKind::fromTerm, "translation, transcription")
        .orElse(translators.isEmpty() ? TextKind.TRANSCRIPTION : TextKind.TRANSLATION);
    String language = r.text(node, here, "language", 40).flatMap(l -> {
      Optional<String> tag = Languages.tag(l);
      if (tag.isEmpty()) {
        r.problem(here + "/language", "\"" + l + "\" is not a language name or ISO 639 code");
      }
      return tag;
    }).orElse("en");
    List<EditorialMark> marks = node.has("marks") ? marks(node, here, body) : MarkReader.read(body);
    return Optional.of(new Text(kind, language, translators, body, marks));
  }

  private List<EditorialMark> marks(JsonNode text, String here, String body) {
    List<EditorialMark> marks = r.list(text, here, "marks", (n, h) -> {
      if (!r.object(n, h, "a mark")) {
        return Optional.empty();
      }
      r.rejectUnknown(n, h, Set.of("kind", "start", "end"));
      Optional<MarkKind> kind = r.term(n, h, "kind", MarkKind::fromTerm, "sic, unclear, gap, supplied, foreign, gloss, note");
      int start = n.path("start").asInt(-1);
      int end = n.path("end").asInt(-1);
      boolean spans = start >= 0 && end > start && end <= body.length()
          && body.charAt(start) == '[' && body.charAt(end - 1) == ']';
      if (!spans) {
        r.problem(h, "a mark must span a bracketed part of the body, from its \"[\" (start) to just after its \"]\" (end)");
        return Optional.empty();
      }
      return kind.map(k -> new EditorialMark(k, start, end));
    });
    List<EditorialMark> sorted = new ArrayList<>(marks);
    sorted.sort(java.util.Comparator.comparingInt(EditorialMark::start));
    return sorted;
  }

  Optional<ArchivalReference> source(JsonNode node, String here) {
    if (node.isTextual()) {
      return r.string(node, here, "sources").map(ReferenceParser::parse);
    }
    if (!r.object(node, here, "a source")) {
      return Optional.empty();
    }
    r.rejectUnknown(node, here, Set.of("asWritten", "repository", "system", "levels"));
    String asWritten = r.requiredText(node, here, "asWritten", Reading.SHORT_LIMIT, "a source");
    if (asWritten.isEmpty()) {
      return Optional.empty();
    }
    if (!node.has("levels") && !node.has("system")) {
      ArchivalReference parsed = ReferenceParser.parse(asWritten);
      Optional<String> repository = r.text(node, here, "repository", Reading.SHORT_LIMIT).or(parsed::repository);
      return Optional.of(new ArchivalReference(asWritten, repository, parsed.system(), parsed.levels()));
    }
    ReferenceSystem system = r.term(node, here, "system",
        t -> java.util.Arrays.stream(ReferenceSystem.values()).filter(s -> s.term().equalsIgnoreCase(t)).findFirst(),
        "russian, nara, tna, labelled, unstructured").orElse(ReferenceSystem.LABELLED);
    List<ArchivalReference.Level> levels = r.list(node, here, "levels", (n, h) -> {
      if (!r.object(n, h, "a level")) {
        return Optional.empty();
      }
      r.rejectUnknown(n, h, Set.of("unit", "value"));
      String unit = r.requiredText(n, h, "unit", 100, "a level");
      String value = r.requiredText(n, h, "value", Reading.SHORT_LIMIT, "a level");
      return unit.isEmpty() || value.isEmpty() ? Optional.empty() : Optional.of(new ArchivalReference.Level(unit, value));
    });
    return Optional.of(new ArchivalReference(
        asWritten, r.text(node, here, "repository", Reading.SHORT_LIMIT), system, levels));
  }

  Optional<ExternalId> externalId(JsonNode node, String here) {
    if (!r.object(node, here, "an external identifier")) {
      return Optional.empty();
    }
    r.rejectUnknown(node, here, Set.of("system", "value"));
    String system = r.requiredText(node, here, "system", Reading.SHORT_LIMIT, "an external identifier");
    String value = node.path("value").isNumber() ? node.get("value").asText()
        : r.requiredText(node, here, "value", Reading.SHORT_LIMIT, "an external identifier");
    return system.isEmpty() || value.isEmpty() ? Optional.empty() : Optional.of(new ExternalId(system, value));
  }

  Optional<CollectionRef> collection(JsonNode node, String here) {
    if (node.isTextual()) {
      return r.string(node, here, "collections").map(CollectionRef::titled);
    }
    if (!r.object(node, here, "a collection")) {
      return Optional.empty();
    }
    r.rejectUnknown(node, here, Set.of("title", "id"));
    String title = r.requiredText(node, here, "title", Reading.SHORT_LIMIT, "a collection");
    return title.isEmpty() ? Optional.empty() : Optional.of(new CollectionRef(title, authorityId(node, here)));
  }

  // a record names its scans by their path from the record's folder, and nowhere else: a record
  // that came from someone else must not attach /etc/passwd or another archive's files
  private boolean besideRecord(String path, String here) {
    Optional<String> refusal = FileName.pathRefusal(path);
    refusal.ifPresent(why -> r.problem(here, "the attachment " + FileName.shown(path) + " " + why));
    return refusal.isEmpty();
  }

  Optional<Attachment> attachment(JsonNode node, String here) {
    if (node.isTextual()) {
      return r.string(node, here, "attachments").filter(path -> besideRecord(path, here))
          .map(path -> Attachment.toRead(path, AttachmentRole.SCAN, Optional.empty()));
    }
    if (!r.object(node, here, "an attachment")) {
      return Optional.empty();
    }
    AttachmentRole role = r.term(node, here, "role", AttachmentRole::fromTerm, "scan, transcript, other")
        .orElse(AttachmentRole.SCAN);
    Optional<String> label = r.text(node, here, "label", Reading.SHORT_LIMIT);
    if (node.has("file")) {
      // a file to read on import, named by its path beside the record
      r.rejectUnknown(node, here, Set.of("file", "role", "label"));
      String path = r.requiredText(node, here, "file", 1000, "an attachment");
      return path.isEmpty() || !besideRecord(path, here + "/file") ? Optional.empty()
          : Optional.of(Attachment.toRead(path, role, label));
    }
    r.rejectUnknown(node, here, Set.of("name", "mediaType", "bytes", "sha512", "role", "label", "pages"));
    String name = r.requiredText(node, here, "name", 255, "an attachment");
    String mediaType = r.requiredText(node, here, "mediaType", 100, "an attachment");
    String sha512 = r.requiredText(node, here, "sha512", 128, "an attachment");
    if (!sha512.isEmpty() && !SHA512.matcher(sha512).matches()) {
      r.problem(here + "/sha512", "\"sha512\" should be 128 lower-case hexadecimal digits");
    }
    long bytes = node.path("bytes").asLong(-1);
    if (bytes < 0) {
      r.problem(here + "/bytes", "\"bytes\" should be the file's size, a whole number of 0 or more");
    }
    List<PixelSize> pages = r.list(node, here, "pages", this::pixelSize);
    return Optional.of(new Attachment(name, mediaType, bytes, sha512, role, label, pages));
  }

  private Optional<PixelSize> pixelSize(JsonNode node, String here) {
    int width = node.path("width").asInt(0);
    int height = node.path("height").asInt(0);
    if (!node.isObject() || width < 1 || height < 1 || node.size() != 2) {
      r.problem(here, "a page's size is {\"width\": pixels, \"height\": pixels}, both whole numbers of 1 or more");
      return Optional.empty();
    }
    return Optional.of(new PixelSize(width, height));
  }

  Optional<Relation> relation(JsonNode node, String here) {
    JsonNode id = node.isObject() ? node.get("id") : node;
    String value = id == null ? "" : id.isIntegralNumber() ? id.asText() : id.isTextual() ? id.textValue().strip() : "";
    if (!DocumentId.isWellFormed(value)) {
      r.problem(here, "a related document is given by its identifier, such as \"1234\"");
      return Optional.empty();
    }
    if (node.isObject()) {
      r.rejectUnknown(node, here, Set.of("id", "note"));
    }
    Optional<String> note = node.isObject() ? r.text(node, here, "note", Reading.SHORT_LIMIT) : Optional.empty();
    return Optional.of(new Relation(new DocumentId(value), note));
  }

  Visibility visibility(JsonNode parent, String pointer) {
    JsonNode node = parent.get("visibility");
    String here = pointer + "/visibility";
    if (node == null || node.isNull()) {
      return Visibility.UNSTATED;
    }
    JsonNode holder = node.isTextual() ? parent : node;
    String field = node.isTextual() ? "visibility" : "access";
    if (!node.isTextual()) {
      if (!r.object(node, here, "\"visibility\"")) {
        return Visibility.PUBLIC;
      }
      r.rejectUnknown(node, here, Set.of("access", "until"));
    }
    Optional<Visibility.Access> access = r.term(holder, node.isTextual() ? pointer : here, field, "visibility",
        Visibility.Access::fromTerm, "public, restricted, embargoed");
    if (access.isEmpty()) {
      return Visibility.RESTRICTED; // unreadable access never makes a document public
    }
    if (access.get() != Visibility.Access.EMBARGOED) {
      if (!node.isTextual() && node.has("until")) {
        // "public" with a day it becomes public is a contradiction whose safe reading is closed
        r.problem(here + "/until", "\"until\" is a day an embargo lifts, but the access is \""
            + access.get().term() + "\": write \"embargoed\" to keep the document closed until then, or leave the"
            + " day out");
        return Visibility.RESTRICTED;
      }
      return access.get() == Visibility.Access.PUBLIC ? Visibility.PUBLIC : Visibility.RESTRICTED;
    }
    Optional<LocalDate> until = node.isTextual() ? Optional.empty() : day(node, here, "until");
    if (until.isEmpty()) {
      r.problem(here, "an embargoed document needs \"until\", the day it becomes public, such as 2030-01-01");
      return Visibility.RESTRICTED;
    }
    return Visibility.embargoedUntil(until.get());
  }
}

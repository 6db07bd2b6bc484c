package org.opis.tei;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.opis.authority.AgentKind;
import org.opis.authority.AgentRef;
import org.opis.authority.PlaceRef;
import org.opis.date.DocumentDate;
import org.opis.ingest.pagetext.TitleParts;
import org.opis.problem.InvalidInputException;
import org.opis.problem.Location;
import org.opis.problem.Problem;
import org.opis.record.CollectionRef;
import org.opis.record.Dateline;
import org.opis.record.Document;
import org.opis.record.DocumentBuilder;
import org.opis.record.ExternalId;
import org.opis.record.Languages;
import org.opis.record.Mentions;
import org.opis.record.Text;
import org.opis.record.TextKind;

/**
 * One document of a documentary edition, a {@code div type="document"}: its title from the head
 * (without the editor's numbering: "1. Letter From President Johnson to the Shah of Iran" is
 * "Letter From President Johnson to the Shah of Iran"); its type, writer and addressee from the
 * head's {@code persName type="from"/"to"}, or else from the title's wording ("Telegram From the
 * Embassy in Iran to the Department of State"); its date and place of writing from the dateline;
 * its source note as the archival source and the secrecy marking; its text with footnotes and
 * glosses; the volume as its collection; and, for FRUS, its address at the Office of the
 * Historian as its external identifier.
 */
final class EditionDocument {
  static final String HISTORIAN = "https://history.state.gov/historicaldocuments/";
  private static final Pattern OFFICE = Pattern.compile(
      "(?i)\\b(?:consulate|consul|legation|embassy|department|ministry|agency|office|mission|chancery)\\b");
  private static final String NUMBERING = "^(?:No\\.\\s*)?[0-9]+[A-Za-z]?\\.\\s+";

  private EditionDocument() {}

  /**
   * The document a div holds.
   *
   * @throws InvalidInputException naming the line and element of each value that cannot be used
   */
  static Document read(XmlNode div, Edition edition, String fileName) {
    Location where = Location.file(fileName);
    List<Problem> problems = new ArrayList<>();
    Optional<XmlNode> head = div.child("head");
    String title = head.map(EditionDocument::title).orElse("");
    if (title.isEmpty()) {
      problems.add(Problem.at(where.atLine(div.line()).atField("head"),
          "document " + div.attribute("xml:id").orElse("") + " has no head to take its title from"));
      throw new InvalidInputException(problems);
    }
    // the file does not say who may see the document: a re-import keeps what an editor chose
    DocumentBuilder doc = Document.titled(title).visibility(org.opis.record.Visibility.UNSTATED);
    TitleParts parts = TitleParts.of(title);
    parts.type().ifPresent(doc::type);
    List<AgentRef> from = head.map(h -> named(h, "from", edition)).orElse(List.of());
    List<AgentRef> to = head.map(h -> named(h, "to", edition)).orElse(List.of());
    // the title's words name writer and addressee only after a type ("Telegram From X to Y"); a
    // circular's "To the diplomatic and consular officers of ..." names no one to link
    boolean typed = parts.type().isPresent();
    doc.creators(from.isEmpty() && typed ? parts.creators() : from);
    doc.recipients(to.isEmpty() && typed ? parts.recipients() : to);

    Optional<XmlNode> dateline = div.first(n -> n.is("dateline"));
    dateline = dateline.filter(d -> !insideAttachment(div, d));
    Optional<DocumentDate> date = Dates.of(div, dateline, where, problems);
    date.ifPresent(doc::date);
    doc.dateline(dateline(dateline, date));

    Predicate<XmlNode> source = n -> n.is("note") && n.attribute("type").filter("source"::equals).isPresent();
    Optional<XmlNode> sourceNote = div.first(source);
    sourceNote.map(n -> SourceNote.read(n.text())).ifPresent(note -> {
      note.reference().ifPresent(r -> doc.sources(List.of(r)));
      note.classification().ifPresent(doc::classification);
    });
    XmlNode firstDateline = dateline.orElse(null);
    Prose prose = new Prose(edition, n -> n == head.orElse(null) || n == firstDateline || source.test(n));
    prose.add(div);
    if (head.isPresent()) {
      // the head's footnotes other than the source note belong to the text
      head.get().find(n -> n.is("note") && !source.test(n)).forEach(prose::addNote);
    }
    sourceNote.ifPresent(prose::addNote);
    String body = prose.body();
    if (!body.isBlank()) {
      String language = div.attribute("xml:lang").or(edition::language).flatMap(Languages::tag).orElse("en");
      doc.texts(List.of(new Text(TextKind.TRANSCRIPTION, language, List.of(), body, prose.marks())));
      // an edition prints the document as it was written: the text's language is the original's
      doc.languages(List.of(language));
    }
    doc.mentions(new Mentions(prose.people(), prose.organisations(), prose.places()));
    edition.title().ifPresent(t -> doc.collections(List.of(CollectionRef.titled(t))));
    externalId(div, edition).ifPresent(id -> doc.externalIds(List.of(id)));
    doc.provenance("imported from TEI, file \"" + baseName(fileName) + "\""
        + div.attribute("xml:id").map(id -> ", document " + id).orElse(""));
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return doc.build();
  }

  static String title(XmlNode head) {
    XmlNode bare = without(head, n -> n.is("note"));
    return bare.text().replaceFirst(NUMBERING, "").replaceAll("[.\\s]+$", "").strip();
  }

  // the head's persName type="from"/"to", linked when the volume lists the person
  private static List<AgentRef> named(XmlNode head, String role, Edition edition) {
    List<AgentRef> refs = new ArrayList<>();
    for (XmlNode n : head.find(x -> (x.is("persName") || x.is("orgName"))
        && x.attribute("type").filter(role::equals).isPresent())) {
      String name = n.text();
      if (!name.isEmpty()) {
        Optional<String> id = edition.agentFor(n);
        refs.add(new AgentRef(name, n.is("orgName") ? AgentKind.ORGANISATION : AgentKind.PERSON, id));
      }
    }
    return refs;
  }

  private static Dateline dateline(Optional<XmlNode> dateline, Optional<DocumentDate> date) {
    if (dateline.isEmpty()) {
      return Dateline.NONE;
    }
    XmlNode d = dateline.get();
    Optional<PlaceRef> place = d.first(n -> n.is("placeName")).map(XmlNode::text).map(EditionDocument::placeOf)
        .filter(s -> !s.isEmpty()).map(PlaceRef::named);
    Optional<String> time = d.first(n -> n.is("date")).flatMap(n -> n.attribute("when"))
        .filter(w -> w.matches("[0-9-]+T[0-9]{2}:[0-9]{2}.*")).map(w -> w.substring(w.indexOf('T') + 1, w.indexOf('T') + 6));
    String written = d.text();
    return new Dateline(written.isEmpty() ? Optional.empty() : Optional.of(written), place, time);
  }

  /**
   * The place in a dateline's place name, without the office that wrote there: "United States
   * Consulate, Buenos Ayres" is Buenos Ayres, "Legation of the United States, Santiago, Chili" is
   * Santiago, Chili, and "United States Consulate at Aspinwall" is Aspinwall.
   */
  static String placeOf(String placeName) {
    List<String> kept = new ArrayList<>();
    String office = "";
    for (String part : placeName.split(",")) {
      String p = part.strip();
      if (OFFICE.matcher(p).find()) {
        office = p;
      } else if (!p.isEmpty()) {
        kept.add(p);
      }
    }
    String place = kept.isEmpty() ? office.replaceFirst("^.*\\s(?:at|in)\\s+", "") : String.join(", ", kept);
    place = place.replaceAll("[,;:\\s]+$", "");
    // a full stop ends the sentence, unless it ends an initial ("Nassau, N. P.")
    return place.endsWith(".") && !place.matches(".*\\b\\p{Lu}\\.$") ? place.substring(0, place.length() - 1) : place;
  }

  private static Optional<ExternalId> externalId(XmlNode div, Edition edition) {
    Optional<String> xmlId = div.attribute("xml:id");
    if (xmlId.isEmpty() || edition.id().isEmpty()) {
      return Optional.empty();
    }
    String path = edition.id().get() + "/" + xmlId.get();
    return Optional.of(edition.isFrus()
        ? new ExternalId("Office of the Historian", HISTORIAN + path)
        : new ExternalId(edition.title().orElse(edition.id().get()), path));
  }

  private static boolean insideAttachment(XmlNode div, XmlNode target) {
    return div.find(n -> n.name().equals("attachment") || n.is("floatingText")).stream()
        .anyMatch(a -> a.first(n -> n == target).isPresent());
  }

  /** A copy of {@code node} without the elements {@code leave} picks, at any depth. */
  static XmlNode without(XmlNode node, Predicate<XmlNode> leave) {
    List<Object> kept = new ArrayList<>();
    for (Object part : node.content()) {
      if (part instanceof XmlNode n) {
        if (!leave.test(n)) {
          kept.add(without(n, leave));
        }
      } else {
        kept.add(part);
      }
    }
    return new XmlNode(node.namespace(), node.name(), node.attributes(), kept, node.line());
  }

  static String baseName(String fileName) {
    String n = fileName.replace('\\', '/');
    return n.substring(n.lastIndexOf('/') + 1);
  }

}

package org.opis.tei;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opis.authority.AgentKind;
import org.opis.authority.AgentRef;
import org.opis.authority.PlaceRef;
import org.opis.date.DocumentDate;
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
import org.opis.record.Rights;
import org.opis.record.Text;
import org.opis.record.TextKind;
import org.opis.reference.ArchivalReference;
import org.opis.reference.ReferenceParser;

/**
 * A TEI file that is one document, as {@link TeiWriter} writes it and as most TEI editions of a
 * single letter are: the header describes it, the body's {@code div}s of type translation or
 * transcription are its texts (the whole body is one text when it has none), and names carry
 * their authority identifiers in {@code key}. The document's own identifier in the file is not
 * taken over: a TEI file may come from another archive, so the document is matched by its
 * content like any imported document.
 */
final class SingleDocument {
  private SingleDocument() {}

  /** @throws InvalidInputException naming the line and element of each value that cannot be used */
  static Document read(XmlNode tei, String fileName) {
    Location where = Location.file(fileName);
    List<Problem> problems = new ArrayList<>();
    Optional<XmlNode> header = tei.child("teiHeader");
    Optional<XmlNode> titleStmt = tei.first(n -> n.is("titleStmt"));
    String title = titleStmt.flatMap(t -> t.child("title")).map(XmlNode::text).orElse("");
    if (title.isEmpty()) {
      throw new InvalidInputException(Problem.at(where.atLine(tei.line()).atField("titleStmt/title"),
          "the TEI header has no title for the document"));
    }
    // the file does not say who may see the document: a re-import keeps what an editor chose
    DocumentBuilder doc = Document.titled(title).visibility(org.opis.record.Visibility.UNSTATED);
    titleStmt.ifPresent(t -> {
      doc.creators(t.all("author").stream().map(SingleDocument::agent).flatMap(Optional::stream).toList());
      doc.funders(t.all("funder").stream().map(XmlNode::text).filter(s -> !s.isEmpty()).toList());
    });
    Map<String, AgentRef> translators = translators(titleStmt);
    XmlNode head = header.orElse(tei);
    head.first(n -> n.is("licence")).filter(l -> !paragraphs(l).isEmpty())
        .ifPresent(l -> doc.rights(new Rights(paragraphs(l), l.attribute("target"))));
    // a file that says it is restricted (as Opis writes restricted and embargoed documents) stays closed
    head.first(n -> n.is("availability") && n.attribute("status").filter("restricted"::equals).isPresent())
        .ifPresent(a -> doc.visibility(a.first(n -> n.is("date") && n.attribute("type").filter("embargo"::equals)
            .isPresent()).flatMap(dt -> dt.attribute("when")).flatMap(SingleDocument::day)
            .map(org.opis.record.Visibility::embargoedUntil).orElse(org.opis.record.Visibility.RESTRICTED)));
    notes(head, "classification").stream().findFirst().ifPresent(doc::classification);
    doc.identifiers(notes(head, "identifier"));
    doc.sources(sources(head));
    doc.externalIds(head.find(n -> n.is("altIdentifier")).stream()
        .filter(a -> a.child("idno").isPresent())
        .map(a -> new ExternalId(a.child("collection").map(XmlNode::text).orElse("TEI"), a.child("idno").get().text()))
        .toList());
    head.first(n -> n.is("abstract")).map(SingleDocument::paragraphs).filter(s -> !s.isEmpty()).ifPresent(doc::summary);
    Optional<XmlNode> creation = head.first(n -> n.is("creation"));
    Optional<XmlNode> sent = head.first(n -> n.is("correspAction") && n.attribute("type").filter("sent"::equals).isPresent());
    Optional<DocumentDate> date = creation.flatMap(c -> c.child("date")).or(() -> sent.flatMap(s -> s.child("date"))).flatMap(d -> {
      try {
        return Dates.of(d, where);
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
        return Optional.empty();
      }
    });
    date.ifPresent(doc::date);
    doc.languages(head.find(n -> n.is("language")).stream().map(l -> l.attribute("ident").flatMap(Languages::tag))
        .flatMap(Optional::stream).distinct().toList());
    keywords(head, doc);
    head.first(n -> n.is("correspAction") && n.attribute("type").filter("received"::equals).isPresent())
        .ifPresent(r -> doc.recipients(names(r)));
    if (doc.build().creators().isEmpty()) {
      sent.ifPresent(s -> doc.creators(names(s)));
    }
    Optional<XmlNode> body = tei.first(n -> n.is("body"));
    Optional<XmlNode> datelineNode = body.flatMap(b -> b.first(n -> n.is("dateline")));
    Optional<PlaceRef> place = creation.flatMap(c -> c.child("placeName")).map(SingleDocument::place)
        .or(() -> sent.flatMap(c -> c.child("placeName")).map(SingleDocument::place))
        .filter(p -> !p.name().isEmpty());
    Optional<String> time = creation.flatMap(c -> c.child("time")).flatMap(t -> t.attribute("when"))
        .filter(w -> w.matches("[0-9]{2}:[0-9]{2}.*")).map(w -> w.substring(0, 5));
    doc.dateline(new Dateline(datelineNode.map(XmlNode::text).filter(s -> !s.isEmpty()), place, time));
    String language = tei.attribute("xml:lang").orElse("en");
    List<Text> texts = new ArrayList<>();
    Mentions keywords = doc.build().mentions();
    Set<AgentRef> people = new LinkedHashSet<>(keywords.people());
    Set<AgentRef> organisations = new LinkedHashSet<>(keywords.organisations());
    Set<PlaceRef> places = new LinkedHashSet<>(keywords.places());
    body.ifPresent(b -> {
      List<XmlNode> divs = b.find(n -> n.is("div") && n.attribute("type")
          .filter(t -> t.equals("translation") || t.equals("transcription")).isPresent());
      long translations = divs.stream()
          .filter(d -> d.attribute("type").filter("translation"::equals).isPresent()).count();
      for (XmlNode div : divs.isEmpty() ? List.of(b) : divs) {
        Prose prose = new Prose(Edition.NONE, n -> n.is("opener") && n.first(x -> x.is("dateline")).isPresent()
            || n.is("dateline") && n == datelineNode.orElse(null));
        prose.add(div);
        people.addAll(prose.people());
        organisations.addAll(prose.organisations());
        places.addAll(prose.places());
        if (prose.body().isBlank()) {
          continue;
        }
        List<AgentRef> by = div.attribute("resp").map(r -> List.of(r.split("\\s+")).stream()
            .map(p -> translators.get(p.replaceFirst("^#", ""))).filter(a -> a != null).toList())
            .orElse(List.of());
        TextKind kind = div.attribute("type").flatMap(TextKind::fromTerm)
            .orElse(by.isEmpty() ? TextKind.TRANSCRIPTION : TextKind.TRANSLATION);
        String lang = div.attribute("xml:lang").flatMap(Languages::tag).orElse(language);
        // the header's translators made the one translation, whatever transcriptions lie beside it
        texts.add(new Text(kind, lang, kind == TextKind.TRANSLATION && by.isEmpty() && translations == 1
            ? List.copyOf(translators.values()) : by, prose.body(), prose.marks()));
      }
    });
    doc.texts(texts);
    doc.mentions(new Mentions(List.copyOf(people), List.copyOf(organisations), List.copyOf(places)));
    doc.provenance("imported from TEI, file \"" + EditionDocument.baseName(fileName) + "\"");
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return doc.build();
  }

  private static Optional<java.time.LocalDate> day(String when) {
    try {
      return Optional.of(java.time.LocalDate.parse(when.strip()));
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Map<String, AgentRef> translators(Optional<XmlNode> titleStmt) {
    Map<String, AgentRef> found = new java.util.LinkedHashMap<>();
    titleStmt.ifPresent(t -> {
      int n = 0;
      for (XmlNode resp : t.all("respStmt")) {
        boolean translation = resp.child("resp").map(r -> r.text().toLowerCase(java.util.Locale.ROOT).contains("transl"))
            .orElse(false);
        Optional<AgentRef> who = resp.children().stream().filter(c -> !c.is("resp")).findFirst()
            .map(c -> new AgentRef(c.text(), AgentKind.PERSON, c.attribute("key")));
        if (translation && who.isPresent() && !who.get().name().isEmpty()) {
          found.put(resp.attribute("xml:id").orElse("translator-anonymous-" + (++n)), who.get());
        }
      }
    });
    return found;
  }

  // "<p>One.</p><p>Two.</p>" is "One.\n\nTwo."; text without paragraphs is one
  private static String paragraphs(XmlNode n) {
    List<XmlNode> ps = n.all("p");
    return ps.isEmpty() ? n.text()
        : String.join("\n\n", ps.stream().map(XmlNode::text).filter(t -> !t.isEmpty()).toList());
  }

  private static List<String> notes(XmlNode head, String type) {
    return head.find(n -> n.is("note") && n.attribute("type").filter(type::equals).isPresent()).stream()
        .map(XmlNode::text).filter(s -> !s.isEmpty()).toList();
  }

  private static List<ArchivalReference> sources(XmlNode head) {
    List<ArchivalReference> sources = new ArrayList<>();
    for (XmlNode id : head.find(n -> n.is("msIdentifier"))) {
      Optional<String> repository = id.child("repository").map(XmlNode::text).filter(s -> !s.isEmpty());
      Optional<String> written = id.all("idno").stream()
          .filter(i -> i.attribute("type").filter("reference"::equals).isPresent()).findFirst()
          .or(() -> id.child("idno")).map(XmlNode::text).filter(s -> !s.isEmpty());
      written.ifPresent(w -> {
        ArchivalReference parsed = ReferenceParser.parse(w);
        sources.add(new ArchivalReference(w, parsed.repository().or(() -> repository), parsed.system(), parsed.levels()));
      });
    }
    return sources;
  }

  private static void keywords(XmlNode head, DocumentBuilder doc) {
    List<String> subjects = new ArrayList<>();
    List<CollectionRef> collections = new ArrayList<>();
    List<AgentRef> people = new ArrayList<>();
    List<AgentRef> organisations = new ArrayList<>();
    List<PlaceRef> places = new ArrayList<>();
    for (XmlNode term : head.find(n -> n.is("term") && n.attribute("type").isPresent())) {
      String text = term.text();
      if (text.isEmpty()) {
        continue;
      }
      switch (term.attribute("type").get()) {
        case "type" -> doc.type(text);
        case "subject" -> subjects.add(text);
        case "collection" -> collections.add(CollectionRef.titled(text));
        case "person" -> agent(term).ifPresent(people::add);
        case "organisation", "organization" -> agent(term).map(a -> new AgentRef(a.name(), AgentKind.ORGANISATION, a.id()))
            .ifPresent(organisations::add);
        case "place" -> places.add(term.child("placeName").map(SingleDocument::place).filter(p -> !p.name().isEmpty())
            .orElse(PlaceRef.named(text)));
        default -> {
          // other keywords have no field of their own
        }
      }
    }
    doc.subjects(subjects).collections(collections).mentions(new Mentions(people, organisations, places));
  }

  private static List<AgentRef> names(XmlNode action) {
    return action.children().stream().filter(c -> c.is("persName") || c.is("orgName") || c.is("name"))
        .map(SingleDocument::agent).flatMap(Optional::stream).toList();
  }

  // an author or name: <persName key="stalin">Stalin</persName>, <orgName>..</orgName>, or plain text
  private static Optional<AgentRef> agent(XmlNode n) {
    XmlNode named = n.children().stream().filter(c -> c.is("persName") || c.is("orgName")).findFirst().orElse(n);
    String name = named.text();
    if (name.isEmpty()) {
      return Optional.empty();
    }
    AgentKind kind = named.is("orgName") ? AgentKind.ORGANISATION : AgentKind.PERSON;
    return Optional.of(new AgentRef(name, kind, named.attribute("key").filter(org.opis.record.DocumentId::isWellFormed)));
  }

  private static PlaceRef place(XmlNode n) {
    return new PlaceRef(n.text(), n.attribute("key").filter(org.opis.record.DocumentId::isWellFormed));
  }

}

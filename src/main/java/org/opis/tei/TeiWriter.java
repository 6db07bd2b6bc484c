package org.opis.tei;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.opis.authority.AgentKind;
import org.opis.authority.AgentRef;
import org.opis.authority.PlaceRef;
import org.opis.catalog.Catalog;
import org.opis.date.Calendar;
import org.opis.date.DocumentDate;
import org.opis.record.Document;
import org.opis.record.ExternalId;
import org.opis.record.Languages;
import org.opis.record.Text;
import org.opis.record.TextKind;
import org.opis.reference.ArchivalReference;

/**
 * A document as a TEI P5 file. The teiHeader gives the bibliographic description (title,
 * authors, translators as {@code respStmt}, funders; the archive as publisher, the permalink and
 * the rights), the archival one (one {@code msDesc} a source, its {@code msIdentifier} with the
 * repository, the first level of the reference as the collection, and the whole reference as
 * the {@code idno}; identifiers in other catalogues as {@code altIdentifier}s) and the content
 * ({@code abstract}, {@code creation} date and place, {@code langUsage}, {@code textClass}
 * keywords for type, subjects, collections and mentions, {@code correspDesc} for writer and
 * addressee). Each text is a {@code div} of its kind in its language, the dateline opening the
 * first. Names carry their authority record's identifier in {@code key}.
 */
public final class TeiWriter {
  private static final Pattern W3C_DATE = Pattern.compile("-?[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?");

  private TeiWriter() {}

  /**
   * The TEI file of a document.
   *
   * @param archive the archive's name, the publisher of the file
   * @param permalink the document's permanent address; empty when the archive has no public address
   */
  public static String write(Document d, String archive, Optional<String> permalink) {
    return write(d, archive, permalink, Optional.empty());
  }

  /**
   * The TEI file of a document, with the authority records it names as {@code catalog} holds them
   * (every spelling, dates, description, the same record elsewhere) in the {@code standOff} after
   * the text, where each name's {@code ref} points; without a catalog, the standOff lists each
   * record by the name the document gives it.
   */
  public static String write(Document d, String archive, Optional<String> permalink, Catalog catalog) {
    return write(d, archive, permalink, Optional.of(catalog));
  }

  private static String write(Document d, String archive, Optional<String> permalink, Optional<Catalog> catalog) {
    XmlOut out = new XmlOut();
    out.block("TEI", "xmlns", "http://www.tei-c.org/ns/1.0",
        "xml:lang", d.texts().stream().map(Text::language).findFirst().orElse("en"));
    out.block("teiHeader");
    fileDesc(out, d, archive, permalink);
    profileDesc(out, d);
    out.end();
    out.block("text").block("body");
    boolean datelineWritten = false;
    List<String> translators = translators(d);
    for (Text t : d.texts()) {
      out.block("div", "type", t.kind().term(), "xml:lang", t.language(), "resp", resp(t, translators));
      if (!datelineWritten) {
        dateline(out, d);
        datelineWritten = true;
      }
      TextDivs.write(out, t, d.languages().stream().findFirst());
      out.end();
    }
    if (d.texts().isEmpty()) {
      out.block("div", "type", "record");
      dateline(out, d);
      out.empty("p");
      out.end();
    }
    out.end().end();
    StandOff.of(d, catalog).write(out);
    return out.finish();
  }

  private static void fileDesc(XmlOut out, Document d, String archive, Optional<String> permalink) {
    out.block("fileDesc").block("titleStmt");
    out.leaf("title", d.title());
    for (AgentRef creator : d.creators()) {
      out.line("author");
      name(out, creator);
      out.end();
    }
    d.funders().forEach(f -> out.leaf("funder", f));
    List<AgentRef> translators = translatorRefs(d);
    for (int i = 0; i < translators.size(); i++) {
      out.block("respStmt", "xml:id", "translator-" + (i + 1)).leaf("resp", "translation")
          .leaf("persName", translators.get(i).name(), "key", translators.get(i).id().orElse(null)).end();
    }
    out.end();
    out.block("publicationStmt");
    out.leaf("publisher", archive);
    permalink.ifPresent(p -> out.leaf("idno", p, "type", "URI"));
    d.id().ifPresent(id -> out.leaf("idno", id.value(), "type", "record"));
    // who may see it travels with the file, so that an import elsewhere never publishes a
    // document restricted or embargoed here
    boolean closed = d.visibility().access() != org.opis.record.Visibility.Access.PUBLIC;
    if (d.rights().isPresent() || closed) {
      out.block("availability", "status", closed ? "restricted" : null);
      d.rights().ifPresent(r -> {
        out.block("licence", "target", r.uri().orElse(null));
        paragraphs(out, r.statement());
        out.end();
      });
      if (closed) {
        out.line("p");
        d.visibility().until().ifPresentOrElse(
            day -> out.text("Embargoed until ").leaf("date", day.toString(), "type", "embargo", "when", day.toString()),
            () -> out.text("Restricted to the archive's editors."));
        out.end();
      }
      out.end();
    }
    out.end();
    if (d.classification().isPresent() || !d.identifiers().isEmpty()) {
      out.block("notesStmt");
      d.classification().ifPresent(c -> out.leaf("note", c, "type", "classification"));
      d.identifiers().forEach(i -> out.leaf("note", i, "type", "identifier"));
      out.end();
    }
    out.block("sourceDesc");
    if (d.sources().isEmpty() && d.externalIds().isEmpty()) {
      out.leaf("p", "No archival source is recorded for this document.");
    }
    for (int i = 0; i < Math.max(d.sources().size(), d.externalIds().isEmpty() ? 0 : 1); i++) {
      out.block("msDesc").block("msIdentifier");
      if (i < d.sources().size()) {
        source(out, d.sources().get(i));
      }
      if (i == 0) {
        for (ExternalId e : d.externalIds()) {
          out.block("altIdentifier", "type", "external").leaf("collection", e.system()).leaf("idno", e.value()).end();
        }
      }
      out.end().end();
    }
    out.end().end();
  }

  private static void source(XmlOut out, ArchivalReference r) {
    Optional<Repository.Seat> seat = r.repository().flatMap(Repository::seat);
    seat.ifPresent(s -> out.leaf("country", s.country()).leaf("settlement", s.settlement()));
    r.repository().ifPresent(rep -> out.leaf("repository", rep));
    if (!r.levels().isEmpty()) {
      ArchivalReference.Level top = r.levels().get(0);
      out.leaf("collection", top.unit() + " " + top.value());
    }
    out.leaf("idno", r.asWritten(), "type", "reference");
  }

  private static void profileDesc(XmlOut out, Document d) {
    out.block("profileDesc");
    d.summary().ifPresent(s -> {
      out.block("abstract");
      paragraphs(out, s);
      out.end();
    });
    if (d.date().isPresent() || d.dateline().place().isPresent() || d.dateline().time().isPresent()) {
      out.line("creation");
      d.date().ifPresent(date -> date(out, date));
      d.dateline().place().ifPresent(p -> place(out, p));
      d.dateline().time().ifPresent(t -> out.leaf("time", t, "when", t + ":00"));
      out.end();
    }
    d.date().ifPresent(date -> calendars(out, date));
    Set<String> languages = new LinkedHashSet<>(d.languages());
    if (!languages.isEmpty()) {
      out.block("langUsage");
      languages.forEach(l -> out.leaf("language", Languages.name(l), "ident", l));
      out.end();
    }
    List<String[]> terms = new ArrayList<>();
    d.type().ifPresent(t -> terms.add(new String[] {"type", t}));
    d.subjects().forEach(s -> terms.add(new String[] {"subject", s}));
    d.collections().forEach(c -> terms.add(new String[] {"collection", c.title()}));
    if (!terms.isEmpty() || !d.mentions().isEmpty()) {
      out.block("textClass").block("keywords");
      terms.forEach(t -> out.leaf("term", t[1], "type", t[0]));
      d.mentions().people().forEach(p -> mention(out, "person", p));
      d.mentions().organisations().forEach(o -> mention(out, "organisation", o));
      d.mentions().places().forEach(p -> {
        out.line("term", "type", "place");
        place(out, p);
        out.end();
      });
      out.end().end();
    }
    if (!d.creators().isEmpty() || !d.recipients().isEmpty()) {
      out.block("correspDesc");
      out.block("correspAction", "type", "sent");
      d.creators().forEach(c -> name(out, c));
      d.dateline().place().ifPresent(p -> place(out, p));
      out.end();
      if (!d.recipients().isEmpty()) {
        out.block("correspAction", "type", "received");
        d.recipients().forEach(r -> name(out, r));
        out.end();
      }
      out.end();
    }
    out.end();
  }

  // a statement or summary of several paragraphs keeps them, one p each
  private static void paragraphs(XmlOut out, String text) {
    for (String p : text.split("\\n[ \\t]*\\n\\s*")) {
      if (!p.isBlank()) {
        out.leaf("p", p.strip());
      }
    }
  }

  private static void mention(XmlOut out, String type, AgentRef ref) {
    out.line("term", "type", type);
    name(out, ref);
    out.end();
  }

  private static void name(XmlOut out, AgentRef ref) {
    boolean organisation = ref.kind() == AgentKind.ORGANISATION;
    out.leaf(organisation ? "orgName" : "persName", ref.name(), "key", ref.id().orElse(null),
        "ref", StandOff.pointer(organisation ? "org" : "person", ref.id()).orElse(null));
  }

  private static void place(XmlOut out, PlaceRef p) {
    out.leaf("placeName", p.name(), "key", p.id().orElse(null), "ref", StandOff.pointer("place", p.id()).orElse(null));
  }

  /**
   * A date the way TEI's attributes take it: a plain year, month or day as {@code when}; anything
   * EDTF says beyond that (approximate, uncertain, ranges) as {@code notBefore}/{@code notAfter}
   * with the EDTF itself in {@code when-custom}, so that nothing is lost.
   */
  private static void date(XmlOut out, DocumentDate date) {
    String calendar = date.calendar() == Calendar.JULIAN ? "#julian" : null;
    if (W3C_DATE.matcher(date.edtf()).matches()) {
      out.leaf("date", date.asWritten(), "when", date.edtf(), "calendar", calendar,
          "cert", date.inferred() ? "medium" : null);
    } else {
      out.leaf("date", date.asWritten(), "notBefore", date.earliest().toString(), "notAfter", date.latest().toString(),
          "when-custom", date.edtf(), "datingMethod", "#edtf", "calendar", calendar,
          "cert", date.inferred() ? "medium" : null);
    }
  }

  // what @calendar="#julian" and @datingMethod="#edtf" on the date point to: a reference must
  // name an element of the file, or every export holds a dangling link
  private static void calendars(XmlOut out, DocumentDate date) {
    boolean julian = date.calendar() == Calendar.JULIAN;
    boolean edtf = !W3C_DATE.matcher(date.edtf()).matches();
    if (!julian && !edtf) {
      return;
    }
    out.block("calendarDesc");
    if (julian) {
      out.block("calendar", "xml:id", "julian")
          .leaf("p", "The Julian calendar (Old Style): the date is written in it; its attributes give the Gregorian day.")
          .end();
    }
    if (edtf) {
      out.block("calendar", "xml:id", "edtf")
          .leaf("p", "Extended Date/Time Format (ISO 8601-2), in when-custom; notBefore and notAfter give its first and"
              + " last days.")
          .end();
    }
    out.end();
  }

  private static void dateline(XmlOut out, Document d) {
    d.dateline().asWritten().ifPresent(w -> out.block("opener").leaf("dateline", w).end());
  }

  private static List<String> translators(Document d) {
    return translatorRefs(d).stream().map(AgentRef::name).toList();
  }

  // each translator once, by name, in the order the texts name them
  private static List<AgentRef> translatorRefs(Document d) {
    java.util.Map<String, AgentRef> byName = new java.util.LinkedHashMap<>();
    d.texts().forEach(t -> t.translators().forEach(a -> byName.putIfAbsent(a.name(), a)));
    return List.copyOf(byName.values());
  }

  private static String resp(Text t, List<String> translators) {
    if (t.kind() != TextKind.TRANSLATION || t.translators().isEmpty()) {
      return null;
    }
    return String.join(" ", t.translators().stream().map(a -> "#translator-" + (translators.indexOf(a.name()) + 1)).toList());
  }
}

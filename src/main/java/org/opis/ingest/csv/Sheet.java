package org.opis.ingest.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.opis.authority.AgentRef;
import org.opis.authority.PlaceRef;
import org.opis.canonical.CanonicalJson;
import org.opis.canonical.Entry;
import org.opis.problem.InvalidInputException;
import org.opis.problem.Location;
import org.opis.problem.Problem;
import org.opis.record.CollectionRef;
import org.opis.record.Document;
import org.opis.record.Mentions;
import org.opis.record.Relation;
import org.opis.record.Text;
import org.opis.record.TextKind;
import org.opis.reference.ArchivalReference;

/**
 * A document as the named fields of the archivist's spreadsheet, read or written: one row of a
 * CSV file, or the edit form of the reading room, which names its fields as the columns and so
 * is read, checked and explained in the same words. Several values go one to a line.
 */
public final class Sheet {
  /** One field of a record: its name, whether it holds several values, what goes in it. */
  public record Field(String name, boolean several, String meaning) {}

  private Sheet() {}

  /**
   * Every field, in the spreadsheet's order; aside are {@code id}, which an address gives, and
   * the scans, which are files beside a spreadsheet, never paths typed into a form.
   */
  public static List<Field> fields() {
    return Arrays.stream(Columns.values()).filter(c -> c != Columns.ID && c != Columns.SCANS)
        .map(c -> new Field(c.header(), c.several(), c.meaning())).toList();
  }

  /**
   * The document the fields describe.
   *
   * @param where what the fields came from, for messages
   * @throws InvalidInputException listing every problem, each located at its field ({@link
   *     Location#field()}) and said in its words
   */
  public static Document read(Map<String, String> fields, Location where) {
    Map<Columns, String> cells = new EnumMap<>(Columns.class);
    fields.forEach((name, value) -> Columns.named(name).filter(c -> c != Columns.SCANS).ifPresent(c -> cells.put(c,
        c.several() ? String.join("|", value.lines().map(String::strip).filter(s -> !s.isEmpty()).toList()) : value)));
    Row row = new Row(cells);
    try {
      Entry entry = CanonicalJson.read(row.json(), where);
      return ((Entry.OfDocument) entry).document();
    } catch (InvalidInputException e) {
      throw new InvalidInputException(e.problems().stream()
          .map(p -> Problem.at(where.atColumn(row.column(p.location().pointer().orElse("")).header()), p.message()))
          .toList());
    }
  }

  /** The fields of a document, several values one to a line: what its edit form shows. */
  public static Map<String, String> of(Document d) {
    Map<Columns, String> cells = new EnumMap<>(Columns.class);
    cells.put(Columns.TITLE, d.title());
    d.type().ifPresent(t -> cells.put(Columns.TYPE, t));
    d.date().ifPresent(date -> cells.put(Columns.DATE, date.asWritten()));
    d.dateline().asWritten().ifPresent(v -> cells.put(Columns.DATELINE, v));
    d.dateline().place().map(PlaceRef::name).ifPresent(v -> cells.put(Columns.PLACE, v));
    d.dateline().time().ifPresent(v -> cells.put(Columns.TIME, v));
    cells.put(Columns.CREATORS, agents(d.creators()));
    cells.put(Columns.RECIPIENTS, agents(d.recipients()));
    d.summary().ifPresent(v -> cells.put(Columns.SUMMARY, v));
    List<Text> texts = d.texts();
    if (!texts.isEmpty()) {
      Text first = texts.get(0);
      cells.put(Columns.TEXT, first.body());
      cells.put(Columns.TEXT_LANGUAGE, first.language());
      cells.put(Columns.TEXT_KIND, first.kind() == TextKind.TRANSCRIPTION ? "transcription" : "translation");
      cells.put(Columns.TRANSLATORS, agents(first.translators()));
    }
    if (texts.size() > 1) {
      cells.put(Columns.ORIGINAL_TEXT, texts.get(1).body());
      cells.put(Columns.ORIGINAL_LANGUAGE, texts.get(1).language());
    }
    cells.put(Columns.SOURCES, lines(d.sources().stream().map(ArchivalReference::asWritten).toList()));
    cells.put(Columns.IDENTIFIERS, lines(d.identifiers()));
    d.classification().ifPresent(v -> cells.put(Columns.CLASSIFICATION, v));
    cells.put(Columns.LANGUAGES, lines(d.languages()));
    d.rights().ifPresent(r -> {
      cells.put(Columns.RIGHTS, r.statement());
      r.uri().ifPresent(u -> cells.put(Columns.RIGHTS_URI, u));
    });
    cells.put(Columns.FUNDERS, lines(d.funders()));
    cells.put(Columns.PEOPLE, agents(d.mentions().people()));
    cells.put(Columns.ORGANISATIONS, agents(d.mentions().organisations()));
    cells.put(Columns.PLACES, lines(d.mentions().places().stream().map(PlaceRef::name).toList()));
    cells.put(Columns.SUBJECTS, lines(d.subjects()));
    cells.put(Columns.COLLECTIONS, lines(d.collections().stream().map(CollectionRef::title).toList()));
    cells.put(Columns.RELATED, lines(d.related().stream().map(r -> r.target().value()).toList()));
    cells.put(Columns.VISIBILITY, d.visibility().access().term());
    d.visibility().until().ifPresent(u -> cells.put(Columns.EMBARGO_UNTIL, u.toString()));
    d.provenance().ifPresent(v -> cells.put(Columns.PROVENANCE, v));
    Map<String, String> named = new LinkedHashMap<>();
    cells.forEach((c, v) -> named.put(c.header(), v));
    return named;
  }

  /**
   * What of a document its fields cannot hold, to be kept as it is when the fields are saved:
   * texts after the first two, attachments, external identifiers, notes on related documents,
   * and the place and people records the names were resolved to where the names are unchanged.
   */
  public static Document keeping(Document edited, Document current) {
    List<Text> texts = new ArrayList<>();
    for (int i = 0; i < edited.texts().size(); i++) {
      Text t = edited.texts().get(i);
      Optional<Text> was = i < current.texts().size() ? Optional.of(current.texts().get(i)) : Optional.empty();
      // a text left as it was keeps its editorial marks as they were made (by TEI's elements,
      // which its brackets alone would read otherwise) and its translators' records
      texts.add(was.filter(w -> w.body().equals(t.body()))
          .map(w -> new Text(t.kind(), t.language(), withIds(t.translators(), w.translators()), w.body(), w.marks()))
          .orElse(t));
    }
    if (current.texts().size() > 2) {
      texts.addAll(current.texts().subList(2, current.texts().size()));
    }
    Map<String, Optional<String>> notes = current.related().stream()
        .collect(Collectors.toMap(r -> r.target().value(), Relation::note, (a, b) -> a));
    Mentions m = edited.mentions();
    Mentions was = current.mentions();
    return edited.toBuilder()
        .id(current.id().orElse(null))
        .creators(withIds(edited.creators(), current.creators()))
        .recipients(withIds(edited.recipients(), current.recipients()))
        .mentions(new Mentions(withIds(m.people(), was.people()), withIds(m.organisations(), was.organisations()),
            m.places().stream().map(p -> p.id().isPresent() ? p : was.places().stream()
                .filter(w -> w.name().equals(p.name())).findFirst().orElse(p)).toList()))
        .texts(texts)
        .attachments(current.attachments())
        .externalIds(current.externalIds())
        .related(edited.related().stream()
            .map(r -> new Relation(r.target(), notes.getOrDefault(r.target().value(), r.note()))).toList())
        .uploaded(current.uploaded().orElse(null))
        .build();
  }

  /** Whether the fields hold all a document has, so that nothing is kept aside when saved. */
  public static boolean holdsAll(Document d) {
    return d.texts().size() <= 2 && d.attachments().isEmpty() && d.externalIds().isEmpty()
        && d.related().stream().allMatch(r -> r.note().isEmpty())
        && (d.texts().size() < 2 || d.texts().get(1).translators().isEmpty());
  }

  // a name left as it was stays linked to the record it was linked to, person or organisation
  // (the field holds names only, and a name read afresh would be guessed a person)
  private static List<AgentRef> withIds(List<AgentRef> edited, List<AgentRef> current) {
    return edited.stream().map(r -> r.id().isPresent() ? r : current.stream()
        .filter(c -> c.name().equals(r.name())).findFirst().orElse(r)).toList();
  }

  private static String agents(List<AgentRef> refs) {
    return lines(refs.stream().map(AgentRef::name).toList());
  }

  private static String lines(List<String> values) {
    return String.join("\n", values);
  }
}

package org.opis.oai;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opis.authority.AgentRef;
import org.opis.date.DocumentDate;
import org.opis.record.CollectionRef;
import org.opis.record.Document;
import org.opis.record.DocumentId;
import org.opis.record.Relation;
import org.opis.record.Text;
import org.opis.reference.ArchivalReference;

/**
 * A document in the fifteen elements of unqualified Dublin Core, as {@code oai_dc} carries them.
 * Each element may repeat; the elements follow the record in this order:
 *
 * <ul>
 *   <li>title; creator (who wrote or issued it); contributor (its translators);
 *   <li>date: the document's date in ISO 8601, a day, month or year, or an interval of two of
 *       them ({@code 1920-11-16}, {@code 1920-11}, {@code 1920}, {@code 1919/1921});
 *   <li>type: {@code Text} from the DCMI Type Vocabulary, then the archive's own term
 *       ({@code telegram});
 *   <li>description: the summary, then "Addressed to: ..." naming the recipients (a recipient
 *       did not make the document, so is no contributor), the place and time of writing as
 *       written, the classification marking, and the funders;
 *   <li>subject: subject headings, then the people and organisations it mentions;
 *   <li>coverage: the place of writing and the places it mentions;
 *   <li>language: ISO 639 codes (BCP 47 tags) of the original and of each text;
 *   <li>source: each archival reference as written, with its repository;
 *   <li>identifier: the permalink, the numbers written on the document, identifiers in other
 *       catalogues ("Wilson Center Digital Archive: 119312");
 *   <li>relation: each collection by title, and the permalink of each related document;
 *   <li>rights: the statement, then its URI; publisher: the archive.
 * </ul>
 */
record DublinCore(List<Field> fields) {
  static final String NAMESPACE = "http://purl.org/dc/elements/1.1/";

  DublinCore {
    fields = List.copyOf(fields);
  }

  /** One element and its text ({@code "creator"}, {@code "Stalin"}). */
  record Field(String element, String value) {
    Field {
      Objects.requireNonNull(element, "element");
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * The Dublin Core of {@code d}, which has this permalink, published by {@code archive}; {@code
   * permalinkOf} gives the permalink of a related document.
   */
  static DublinCore of(Document d, String permalink, String archive, Function<DocumentId, String> permalinkOf) {
    List<Field> f = new ArrayList<>();
    add(f, "title", List.of(d.title()));
    add(f, "creator", names(d.creators()));
    add(f, "contributor", names(d.texts().stream().flatMap(t -> t.translators().stream()).toList()));
    d.date().map(DublinCore::iso).ifPresent(date -> add(f, "date", List.of(date)));
    add(f, "type", List.of("Text"));
    d.type().ifPresent(type -> add(f, "type", List.of(type)));
    add(f, "description", descriptions(d));
    add(f, "subject", d.subjects());
    add(f, "subject", names(d.mentions().people()));
    add(f, "subject", names(d.mentions().organisations()));
    List<String> places = new ArrayList<>();
    d.dateline().place().ifPresent(p -> places.add(p.name()));
    d.mentions().places().forEach(p -> places.add(p.name()));
    add(f, "coverage", places);
    Set<String> languages = new LinkedHashSet<>(d.languages());
    d.texts().stream().map(Text::language).forEach(languages::add);
    add(f, "language", List.copyOf(languages));
    add(f, "source", d.sources().stream().map(DublinCore::source).toList());
    add(f, "identifier", List.of(permalink));
    add(f, "identifier", d.identifiers());
    add(f, "identifier", d.externalIds().stream().map(e -> e.system() + ": " + e.value()).toList());
    add(f, "relation", d.collections().stream().map(CollectionRef::title).toList());
    add(f, "relation", d.related().stream().map(Relation::target).map(permalinkOf).toList());
    d.rights().ifPresent(r -> {
      add(f, "rights", List.of(r.statement()));
      r.uri().ifPresent(uri -> add(f, "rights", List.of(uri)));
    });
    add(f, "publisher", List.of(archive));
    return new DublinCore(f);
  }

  /** A date in ISO 8601: a day, a whole month or year, or an interval of them. */
  static String iso(DocumentDate date) {
    LocalDate from = date.earliest();
    LocalDate to = date.latest();
    if (from.equals(to)) {
      return from.toString();
    }
    YearMonth month = YearMonth.from(from);
    if (from.getDayOfMonth() == 1 && to.equals(month.atEndOfMonth())) {
      return month.toString();
    }
    boolean wholeYears = from.getDayOfYear() == 1 && to.equals(LocalDate.of(to.getYear(), 12, 31));
    if (wholeYears) {
      return from.getYear() == to.getYear() ? year(from) : year(from) + "/" + year(to);
    }
    return from + "/" + to;
  }

  private static String year(LocalDate day) {
    return String.format(java.util.Locale.ROOT, "%04d", day.getYear());
  }

  private static List<String> descriptions(Document d) {
    List<String> out = new ArrayList<>();
    d.summary().ifPresent(out::add);
    if (!d.recipients().isEmpty()) {
      out.add("Addressed to: " + String.join("; ", names(d.recipients())));
    }
    d.dateline().asWritten().ifPresent(line ->
        out.add("Written: " + line + d.dateline().time().map(t -> ", " + t).orElse("")));
    d.classification().ifPresent(c -> out.add("Classification: " + c));
    if (!d.funders().isEmpty()) {
      out.add("Funded by: " + String.join("; ", d.funders()));
    }
    return out;
  }

  private static String source(ArchivalReference r) {
    return r.repository().filter(repository -> !r.asWritten().contains(repository))
        .map(repository -> repository + ", " + r.asWritten())
        .orElse(r.asWritten());
  }

  private static List<String> names(List<AgentRef> refs) {
    return refs.stream().map(AgentRef::name).collect(Collectors.toCollection(LinkedHashSet::new)).stream().toList();
  }

  // each value once per element, blank values left out
  private static void add(List<Field> fields, String element, List<String> values) {
    for (String v : new LinkedHashSet<>(values)) {
      if (!v.isBlank() && !fields.contains(new Field(element, v.strip()))) {
        fields.add(new Field(element, v.strip()));
      }
    }
  }
}

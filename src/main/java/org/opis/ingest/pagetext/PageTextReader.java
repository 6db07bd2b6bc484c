package org.opis.ingest.pagetext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.opis.authority.AgentKind;
import org.opis.authority.AgentRef;
import org.opis.authority.PlaceRef;
import org.opis.date.DateParser;
import org.opis.date.DocumentDate;
import org.opis.ingest.pagetext.Information.Value;
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

/**
 * Reads the text of a Wilson Center Digital Archive document page, as a scraper saved it, into
 * a {@link Document}. Pure: it reads only the string it is given.
 */
public final class PageTextReader {
  /** The catalogue a page's "Record ID" belongs to. */
  public static final String ARCHIVE = "Wilson Center Digital Archive";

  private PageTextReader() {}

  /**
   * The document a page describes.
   *
   * @param pageText the page's text, line endings of any kind, with or without a byte order mark
   * @param fileName the file's name, for problems and the record's provenance
   * @throws InvalidInputException when the page cannot be used: it is empty, is not a Digital
   *     Archive document page, has no title or no date, or has a value that cannot be read (a
   *     date, a language, an upload date); every such problem is reported, each with its line
   */
  public static Document read(String pageText, String fileName) {
    Page page = Page.read(pageText, fileName);
    Information info = page.information();
    Location file = Location.file(fileName);
    List<Problem> problems = new ArrayList<>();
    String title = page.title().flat();
    TitleParts parts = TitleParts.of(title);
    // the file does not say who may see the document: a re-import keeps what an editor chose
    DocumentBuilder doc = Document.titled(title).visibility(org.opis.record.Visibility.UNSTATED);

    date(page, file, problems).ifPresent(doc::date);
    doc.type(info.first(Label.TYPE).map(v -> DocumentTypes.term(v.text())).or(parts::type).orElse(null));
    List<AgentRef> authors = info.all(Label.AUTHOR).stream().map(v -> AgentNames.ref(v.text())).toList();
    doc.creators(authors.isEmpty() ? parts.creators() : authors);
    doc.recipients(parts.recipients());
    page.summary().map(Block::text).ifPresent(doc::summary);

    List<String> languages = LabelledValues.languages(info.all(Label.LANGUAGE), file, problems);
    SourceLine source = SourceLine.read(String.join("\n", info.sources().stream().map(Block::text).toList()));
    List<AgentRef> translators = source.translators().stream().map(AgentNames::ref).toList();
    List<Text> texts = Texts.of(page.text(), translators, languages);
    doc.texts(texts);
    doc.languages(languages.isEmpty() ? transcribed(texts) : languages);
    doc.dateline(texts.stream().map(t -> Datelines.of(List.of(t.body().split("\n\n"))))
        .filter(d -> !d.isEmpty()).findFirst().orElse(Dateline.NONE));
    doc.identifiers(identifiers(texts, parts));
    doc.classification(info.first(Label.CLASSIFICATION).map(Value::text)
        .or(() -> texts.stream().flatMap(t -> SecrecyMarkings.atHead(t.body()).stream()).findFirst())
        .orElse(null));

    doc.sources(LabelledValues.sources(source.references(), info.first(Label.ARCHIVE).map(Value::text)));
    info.first(Label.RECORD_ID).ifPresent(id -> doc.externalIds(List.of(new ExternalId(ARCHIVE, id.text()))));
    info.first(Label.UPLOADED).flatMap(v -> LabelledValues.uploaded(v, file, problems)).ifPresent(doc::uploaded);
    if (!info.rights().isEmpty()) {
      doc.rights(new Rights(String.join("\n\n", info.rights().stream().map(Block::text).toList()), Optional.empty()));
    }
    doc.funders(funders(page));
    doc.mentions(mentions(info, parts));
    doc.subjects(info.all(Label.SUBJECTS).stream().map(Value::text).distinct().toList());
    doc.collections(info.all(Label.COLLECTIONS).stream().map(Value::text).distinct().map(CollectionRef::titled).toList());
    // the file's own name, not the folder it was imported from, so a re-import from elsewhere changes nothing
    doc.provenance("imported from Digital Archive page text, file \"" + baseName(fileName) + "\"");

    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparing(p -> p.location().line().orElse(0)));
      throw new InvalidInputException(problems);
    }
    return doc.build();
  }

  private static Optional<DocumentDate> date(Page page, Location file, List<Problem> problems) {
    if (page.date().isEmpty()) {
      problems.add(Problem.at(file.atLine(page.title().line()).atField("date"),
          "the page has no date: a Digital Archive page gives the document's date on the line above its title"));
      return Optional.empty();
    }
    Block line = page.date().get();
    if (DateParser.isUndated(line.flat())) {
      return Optional.empty();
    }
    Location where = file.atLine(line.line()).atField("date");
    try {
      return Optional.of(DateParser.parse(line.flat(), where));
    } catch (InvalidInputException e) {
      problems.addAll(e.problems().isEmpty() ? List.of(Problem.at(where, e.getMessage())) : e.problems());
      return Optional.empty();
    }
  }

  // With no "Language" label, the languages of the original are those of its transcripts.
  private static List<String> transcribed(List<Text> texts) {
    return texts.stream().filter(t -> t.kind() == TextKind.TRANSCRIPTION).map(Text::language)
        .filter(l -> Languages.tag(l).isPresent()).distinct().toList();
  }

  private static List<String> identifiers(List<Text> texts, TitleParts parts) {
    List<String> numbers = new ArrayList<>();
    texts.forEach(t -> WrittenNumbers.in(t.body()).stream().filter(n -> !numbers.contains(n)).forEach(numbers::add));
    parts.number().filter(n -> numbers.stream().noneMatch(w -> digits(w).equals(digits(n)))).ifPresent(numbers::add);
    return numbers;
  }

  private static String digits(String number) {
    return number.replaceAll("^\\D+", "");
  }

  // The funders appear twice on a page, at the top and at the foot; each is kept once.
  private static List<String> funders(Page page) {
    List<String> all = new ArrayList<>(page.support().map(Page::supportFunders).orElse(List.of()));
    page.information().all(Label.DONORS).forEach(v -> all.addAll(Funders.split(v.text())));
    page.information().funders().forEach(b -> all.addAll(Funders.split(b.flat())));
    return Funders.merge(all);
  }

  private static Mentions mentions(Information info, TitleParts parts) {
    List<AgentRef> agents = new ArrayList<>(parts.participants());
    info.all(Label.PEOPLE).forEach(v -> agents.add(AgentNames.ref(v.text())));
    List<AgentRef> distinct = agents.stream().filter(a -> !a.name().isEmpty()).distinct().toList();
    return new Mentions(
        distinct.stream().filter(a -> a.kind() == AgentKind.PERSON).toList(),
        distinct.stream().filter(a -> a.kind() == AgentKind.ORGANISATION).toList(),
        info.all(Label.PLACES).stream().map(Value::text).distinct().map(PlaceRef::named).toList());
  }

  private static String baseName(String fileName) {
    int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
    return fileName.substring(slash + 1);
  }
}

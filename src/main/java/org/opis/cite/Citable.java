package org.opis.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.opis.authority.AgentRef;
import org.opis.record.CollectionRef;
import org.opis.record.Document;
import org.opis.record.Text;
import org.opis.record.TextKind;
import org.opis.reference.ArchivalReference;

/**
 * A document as citation styles and reference managers describe it: the parts of the record a
 * citation carries, in their terms (author, recipient, translator, issued, archive, archive
 * location, publisher, URL). Every format Opis cites in, CSL, BibTeX, RIS and the page's meta
 * tags, is written from this one description, so they never disagree.
 *
 * @param key the citation key, unique in the archive ("opis-1")
 * @param title the document's title
 * @param genre the kind of document, capitalised ("Telegram")
 * @param correspondence whether it is addressed to someone (a letter, telegram or memorandum to
 *     a recipient), which some styles cite as correspondence ("Telegram to Lenin")
 * @param authors who wrote it
 * @param recipients to whom it was addressed
 * @param translators who translated the text being cited
 * @param issued when it was written
 * @param archive the repository holding the original ("RGASPI")
 * @param archiveLocation where the original is within it ("f. 558, op. 11, d. 317, ll. 0001-0003")
 * @param edition the archive publishing it, its permalink and the day of reading
 * @param language BCP 47 tag of the text being cited (the translation), else of the original
 * @param summary the editor's summary, for reference managers' abstract field
 * @param collections the titles of the collections it belongs to
 * @param subjects subject headings and the names it mentions, as keywords
 */
public record Citable(
    String key,
    String title,
    Optional<String> genre,
    boolean correspondence,
    List<CitedName> authors,
    List<CitedName> recipients,
    List<CitedName> translators,
    Optional<Issued> issued,
    Optional<String> archive,
    Optional<String> archiveLocation,
    Edition edition,
    Optional<String> language,
    Optional<String> summary,
    List<String> collections,
    List<String> subjects) {

  public Citable {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(genre, "genre");
    authors = List.copyOf(authors);
    recipients = List.copyOf(recipients);
    translators = List.copyOf(translators);
    Objects.requireNonNull(issued, "issued");
    Objects.requireNonNull(archive, "archive");
    Objects.requireNonNull(archiveLocation, "archiveLocation");
    Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(summary, "summary");
    collections = List.copyOf(collections);
    subjects = List.copyOf(subjects);
  }

  /** A catalogued document as published in {@code edition}. */
  public static Citable of(Document d, Edition edition) {
    Optional<ArchivalReference> source = d.sources().stream().findFirst();
    Optional<Text> cited = d.texts().stream().filter(t -> t.kind() == TextKind.TRANSLATION).findFirst()
        .or(() -> d.texts().stream().findFirst());
    List<String> keywords = new ArrayList<>(d.subjects());
    d.mentions().people().forEach(a -> keywords.add(a.name()));
    d.mentions().organisations().forEach(a -> keywords.add(a.name()));
    d.mentions().places().forEach(p -> keywords.add(p.name()));
    return new Citable(
        key(edition.archiveName(), d.requireId().value()),
        d.title().strip(),
        d.type().filter(t -> !t.isBlank()).map(Citable::capitalised),
        !d.recipients().isEmpty(),
        names(d.creators()),
        names(d.recipients()),
        translators(d),
        d.date().map(Issued::of),
        source.flatMap(ArchivalReference::repository),
        source.map(Citable::location).filter(s -> !s.isEmpty()),
        edition,
        language(d, cited),
        d.summary().map(String::strip).filter(s -> !s.isEmpty()),
        d.collections().stream().map(CollectionRef::title).toList(),
        keywords.stream().distinct().toList());
  }

  // the language of what is cited, its title first: a title in Cyrillic or Arabic letters is not
  // in the English of its translation, and CSL styles title-case an English item's title
  // ("О Положении В Персии"); it is taken to be in the original's language
  private static Optional<String> language(Document d, Optional<Text> cited) {
    boolean otherScript = d.title().codePoints().anyMatch(cp -> Character.isLetter(cp)
        && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN);
    Optional<String> text = cited.map(Text::language).or(() -> d.languages().stream().findFirst());
    if (!otherScript || text.filter(l -> !l.equals("en")).isPresent()) {
      return text;
    }
    return Optional.of(d.languages().stream().filter(l -> !l.equals("en")).findFirst().orElse("und"));
  }

  /** The archival reference whole, repository first: "RGASPI, f. 558, op. 11, d. 317, ll. 0001-0003". */
  public Optional<String> reference() {
    return archive.map(a -> archiveLocation.map(l -> a + ", " + l).orElse(a)).or(() -> archiveLocation);
  }

  /** The reference as written without the repository it starts with: "f. 558, op. 11, d. 317". */
  static String location(ArchivalReference r) {
    String written = r.asWritten().strip();
    if (written.endsWith(".") && !written.endsWith("..")) {
      written = written.substring(0, written.length() - 1);
    }
    if (r.repository().isPresent() && written.startsWith(r.repository().get())) {
      String rest = written.substring(r.repository().get().length()).replaceFirst("^[\\s,:;]+", "");
      return rest.isEmpty() ? written : rest;
    }
    return written;
  }

  // a key BibTeX and reference managers accept: letters, digits and hyphens
  private static String key(String archiveName, String id) {
    String prefix = archiveName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return (prefix.isEmpty() ? "document" : prefix) + "-" + id;
  }

  private static List<CitedName> names(List<AgentRef> agents) {
    return agents.stream().filter(a -> !a.name().isBlank()).map(CitedName::of).toList();
  }

  private static List<CitedName> translators(Document d) {
    List<AgentRef> all = new ArrayList<>();
    for (Text text : d.texts()) {
      if (text.kind() == TextKind.TRANSLATION) {
        text.translators().stream().filter(t -> all.stream().noneMatch(a -> a.name().equals(t.name()))).forEach(all::add);
      }
    }
    return names(all);
  }

  private static String capitalised(String term) {
    String t = term.strip();
    return t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1);
  }
}

package org.opis.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.opis.authority.AgentRef;
import org.opis.authority.PlaceRef;
import org.opis.catalog.Catalog;
import org.opis.catalog.Change;
import org.opis.catalog.sql.SqlCatalog;
import org.opis.date.Calendar;
import org.opis.date.DocumentDate;
import org.opis.marks.EditorialMark;
import org.opis.marks.MarkKind;
import org.opis.record.Attachment;
import org.opis.record.AttachmentRole;
import org.opis.record.CollectionRef;
import org.opis.record.Dateline;
import org.opis.record.Document;
import org.opis.record.DocumentId;
import org.opis.record.ExternalId;
import org.opis.record.Mentions;
import org.opis.record.Relation;
import org.opis.record.Rights;
import org.opis.record.Text;
import org.opis.record.TextKind;
import org.opis.record.Visibility;
import org.opis.reference.ArchivalReference;
import org.opis.reference.ReferenceSystem;
import org.opis.search.IndexEntry;
import org.opis.search.SearchIndex;
import org.opis.search.lucene.LuceneSearchIndex;

/**
 * A small archive for tests of the reading room, modelled on the seed telegram: on its day
 * (1 June 2024) four documents are public, one is restricted, one is still embargoed.
 */
final class Archive {
  static final LocalDate TODAY = LocalDate.of(2024, 6, 1);
  static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
  static final String TELEGRAM_TITLE = "Telegram, Stalin to LENIN and the TsEKA [Central Committee]";
  static final String RESTRICTED_TITLE = "Restricted memorandum on Gilan";
  static final String EMBARGOED_TITLE = "Embargoed report on Tabriz";
  static final String TELEGRAM_BODY = "MOSCOW, only to LENIN and the TsEKA [Central Committee]\n"
      + "Vladikavkaz, 16 November\n\n"
      + "Matters in Persia: First, it is finally clear that Kuchuk-Khan fled into the forest, and there"
      + " [Ehsanullah], an honest person deserving of trust, is occupying Kuchuk-Khan\u2019s place in Rasht;"
      + " [Ehsanullah] requests that amnesty be pronounced, but [that] he himself be given an opportunity to"
      + " leave for Russia. Numerous customs cordons [kordony], the formation of a national army (where"
      + " sovietists [SIC] should be approved first of all). N\u00ba 176/s.\n\n"
      + "16 November 17-5\n\n"
      + "[the handwritten original follows, followed by \u201c[rst]. 208 16 November 17-5 [illegible word/name]\u201d"
      + " with a telegram tape glued below: \u201cThe military [voyen - SIC] received your note.\u201d]";

  static final String SECOND_TELEGRAM_TITLE = "Telegram, Stalin to Chicherin on Kuchuk-Khan";
  static final List<String> KUCHUK_KHAN = List.of("Kuchuk-Khan", "Kuchik Khan", "K\u016bchak Kh\u0101n",
      "\u041a\u0443\u0447\u0443\u043a-\u0445\u0430\u043d");
  static final String KUCHUK_KHAN_ID = "a-kuchuk-khan";
  static final int CIRCULARS = 25;

  private Archive() {}

  /** A new SQLite catalog, in a folder of its own that is removed when the tests end, holding these documents. */
  static Catalog catalog(List<Document> documents) {
    Catalog catalog;
    try {
      Path folder = Files.createTempDirectory("opis-reading-room");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> remove(folder)));
      catalog = SqlCatalog.sqlite(folder.resolve("catalog.db"), CLOCK);
    } catch (IOException e) {
      throw new UncheckedIOException("could not make a folder for the test catalog", e);
    }
    catalog.write(Change.by("test", "the reading room's test archive"), writer -> {
      documents.forEach(writer::save);
      return null;
    });
    return catalog;
  }

  /** The seed telegram, one letter, one minutes, one undated note; one restricted, one embargoed. */
  static List<Document> documents() {
    List<Document> all = new ArrayList<>();
    all.add(telegram());
    all.add(Document.titled("Letter, Lenin to Stalin on the Persian question").id(new DocumentId("2"))
        .type("letter")
        .date(new DocumentDate("25 October 1917 O.S.", "1917-11-07", LocalDate.of(1917, 11, 7),
            LocalDate.of(1917, 11, 7), Calendar.JULIAN, false))
        .creators(List.of(AgentRef.person("V. I. Lenin"))).recipients(List.of(AgentRef.person("I. V. Stalin")))
        .summary("Lenin asks Stalin about Persia. ".repeat(12) + "LAST-WORDS-OF-SUMMARY")
        .collections(List.of(CollectionRef.titled("Iran and the Soviet Union")))
        .uploaded(Instant.parse("2020-01-01T00:00:00Z")).build());
    all.add(Document.titled(RESTRICTED_TITLE).id(new DocumentId("3")).type("memorandum")
        .date(day("1921", LocalDate.of(1921, 1, 1), LocalDate.of(1921, 12, 31), false))
        .summary("The Cheka on Kuchuk-Khan and Ehsanullah in Gilan.")
        .sources(List.of(rgaspi("RGASPI, f. 558, op. 11, d. 317, l. 6", "558", "11", "317", "6")))
        .mentions(new Mentions(List.of(AgentRef.person("Kuchuk-Khan"), AgentRef.person("Felix Dzerzhinsky")),
            List.of(), List.of(PlaceRef.named("Lubyanka"))))
        .subjects(List.of("Secret police"))
        .collections(List.of(CollectionRef.titled("Secret police files")))
        .visibility(Visibility.RESTRICTED).uploaded(Instant.parse("2024-05-01T00:00:00Z")).build());
    all.add(Document.titled(EMBARGOED_TITLE).id(new DocumentId("4")).type("report")
        .date(day("1946", LocalDate.of(1946, 1, 1), LocalDate.of(1946, 12, 31), false))
        .summary("Kuchuk-Khan remembered in Tabriz by the Azerbaijan People's Government.")
        .languages(List.of("fa"))
        .mentions(new Mentions(List.of(AgentRef.person("Kuchuk-Khan"), AgentRef.person("Jafar Pishevari")),
            List.of(), List.of(PlaceRef.named("Tabriz"))))
        .collections(List.of(CollectionRef.titled("Iran and the Soviet Union")))
        .visibility(Visibility.embargoedUntil(LocalDate.of(2030, 1, 1)))
        .uploaded(Instant.parse("2024-05-02T00:00:00Z")).build());
    all.add(Document.titled("Minutes of the Politburo, embargo lifted").id(new DocumentId("5")).type("minutes")
        .date(day("[1922]", LocalDate.of(1922, 1, 1), LocalDate.of(1922, 12, 31), true))
        .visibility(Visibility.embargoedUntil(LocalDate.of(2020, 1, 1)))
        .uploaded(Instant.parse("2021-01-01T00:00:00Z")).build());
    all.add(Document.titled("Undated note").id(new DocumentId("7"))
        .uploaded(Instant.parse("2019-01-01T00:00:00Z")).build());
    return all;
  }

  /** The password of every account {@link #keepers} makes. */
  static final String PASSWORD = "Vladikavkaz, 16 November";

  /**
   * The accounts of a test archive, kept in its catalog's database: names and roles in pairs
   * ({@code "anna", "editor", "rita", "reader"}), each with {@link #PASSWORD}.
   */
  static org.opis.account.Gate keepers(Catalog catalog, String... namesAndRoles) {
    javax.sql.DataSource database = ((SqlCatalog) catalog).database();
    org.opis.account.Gate gate = new org.opis.account.Gate(new org.opis.account.sql.SqlAccounts(database),
        new org.opis.account.sql.SqlAudit(database), CLOCK);
    for (int i = 0; i < namesAndRoles.length; i += 2) {
      gate.addAccount(namesAndRoles[i], "", org.opis.account.Role.of(namesAndRoles[i + 1]), PASSWORD);
    }
    return gate;
  }

  /** A reading room with sign-in over this catalog and a new index of the test documents. */
  static ReadingRoom open(Catalog catalog, org.opis.account.Gate gate) {
    return ReadingRoom.start(ReadingRoomSettings.defaults(), catalog, index(documents()), gate, CLOCK);
  }

  /** A reading room on today's date over a new catalog and index of these documents; stop it when done. */
  static ReadingRoom open(List<Document> documents) {
    return ReadingRoom.start(ReadingRoomSettings.defaults(), catalog(documents), index(documents), CLOCK);
  }

  /**
   * A new Lucene search index of these documents, in a folder of its own removed when the tests
   * end, each at revision 1, with every spelling of Kuchuk-Khan his authority record knows.
   */
  static SearchIndex index(List<Document> documents) {
    SearchIndex index;
    try {
      Path folder = Files.createTempDirectory("opis-reading-room-index");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> remove(folder)));
      index = LuceneSearchIndex.open(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("could not make a folder for the test index", e);
    }
    index.apply(documents.stream().map(Archive::entry).toList(), 1);
    return index;
  }

  // as the catalog hands a document to the index: Kuchuk-Khan resolved to his authority record
  private static IndexEntry entry(Document d) {
    List<AgentRef> people = d.mentions().people().stream()
        .map(a -> a.name().equals("Kuchuk-Khan") ? new AgentRef(a.name(), a.kind(), Optional.of(KUCHUK_KHAN_ID)) : a)
        .toList();
    boolean kuchuk = !people.equals(d.mentions().people());
    Document resolved = d.toBuilder()
        .mentions(new Mentions(people, d.mentions().organisations(), d.mentions().places())).build();
    return IndexEntry.of(resolved, 1, kuchuk ? Map.of(KUCHUK_KHAN_ID, KUCHUK_KHAN) : Map.of());
  }

  /**
   * The archive's documents and more for searching: a second telegram from the seed's file, a
   * report and a letter from other files, and {@value #CIRCULARS} circulars on grain, one a year
   * from 1918, enough to page through.
   */
  static List<Document> searchable() {
    List<Document> all = new ArrayList<>(documents());
    all.add(Document.titled(SECOND_TELEGRAM_TITLE).id(new DocumentId("8")).type("telegram")
        .date(day("November 20, 1920", LocalDate.of(1920, 11, 20), LocalDate.of(1920, 11, 20), false))
        .creators(List.of(AgentRef.person("Stalin"))).recipients(List.of(AgentRef.person("G. V. Chicherin")))
        .summary("Stalin reports that Kuchuk-Khan has left Rasht for the forest.")
        .texts(List.of(new Text(TextKind.TRANSLATION, "en", List.of(AgentRef.person("Gary Goldberg")),
            "To Chicherin. Kuchuk-Khan has left Rasht; the customs cordons stand.", List.of())))
        .languages(List.of("ru"))
        .sources(List.of(rgaspi("RGASPI, f. 558, op. 11, d. 317, ll. 4-5", "558", "11", "317", "4-5")))
        .mentions(new Mentions(List.of(AgentRef.person("Kuchuk-Khan")), List.of(), List.of(PlaceRef.named("Rasht"))))
        .subjects(List.of("Communism"))
        .funders(List.of("MacArthur Foundation"))
        .collections(List.of(CollectionRef.titled("Iran and the Soviet Union")))
        .uploaded(Instant.parse("2012-01-01T00:00:00Z")).build());
    all.add(Document.titled("Report on the Gilan Republic").id(new DocumentId("9")).type("report")
        .date(day("June 1921", LocalDate.of(1921, 6, 1), LocalDate.of(1921, 6, 30), false))
        .summary("The Gilan Republic proclaimed in Rasht and its fall.")
        .sources(List.of(rgaspi("RGASPI, f. 17, op. 3, d. 1, l. 2", "17", "3", "1", "2")))
        .mentions(new Mentions(List.of(AgentRef.person("Ehsanullah")), List.of(), List.of(PlaceRef.named("Rasht"))))
        .uploaded(Instant.parse("2013-01-01T00:00:00Z")).build());
    for (int i = 0; i < CIRCULARS; i++) {
      int year = 1918 + i % 12;
      all.add(Document.titled("Circular No. " + (i + 1) + " on grain requisitions").id(new DocumentId("c" + (i + 1)))
          .type("circular")
          .date(day(Integer.toString(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), false))
          .summary("Grain requisitions in the provinces, circular " + (i + 1) + ".")
          .uploaded(Instant.parse("2014-01-01T00:00:00Z")).build());
    }
    return all;
  }

  static ArchivalReference rgaspi(String asWritten, String fond, String opis, String delo, String listy) {
    return new ArchivalReference(asWritten, Optional.of("RGASPI"), ReferenceSystem.RUSSIAN,
        List.of(new ArchivalReference.Level("fond", fond), new ArchivalReference.Level("opis", opis),
            new ArchivalReference.Level("delo", delo), new ArchivalReference.Level("listy", listy)));
  }

  private static void remove(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary folder is harmless
    }
  }

  static DocumentDate day(String asWritten, LocalDate earliest, LocalDate latest, boolean inferred) {
    String edtf = earliest.equals(latest) ? earliest.toString() : Integer.toString(earliest.getYear());
    return new DocumentDate(asWritten, edtf, earliest, latest, Calendar.GREGORIAN, inferred);
  }

  /** The seed telegram with every part of the record filled in. */
  static Document telegram() {
    String body = TELEGRAM_BODY;
    List<EditorialMark> marks = List.of(
        mark(body, "[Central Committee]", 0, MarkKind.GLOSS),
        mark(body, "[Ehsanullah]", 0, MarkKind.SUPPLIED),
        mark(body, "[Ehsanullah]", 1, MarkKind.SUPPLIED),
        mark(body, "[that]", 0, MarkKind.SUPPLIED),
        mark(body, "[kordony]", 0, MarkKind.FOREIGN),
        mark(body, "[SIC]", 0, MarkKind.SIC),
        new EditorialMark(MarkKind.NOTE, body.indexOf("[the handwritten"), body.length()),
        mark(body, "[rst]", 0, MarkKind.SUPPLIED),
        mark(body, "[illegible word/name]", 0, MarkKind.UNCLEAR),
        mark(body, "[voyen - SIC]", 0, MarkKind.SIC));
    return Document.titled(TELEGRAM_TITLE).id(new DocumentId("1"))
        .type("telegram")
        .date(new DocumentDate("November 16, 1920", "1920-11-16", LocalDate.of(1920, 11, 16),
            LocalDate.of(1920, 11, 16), Calendar.GREGORIAN, false))
        .dateline(new Dateline(Optional.of("Vladikavkaz, 16 November"), Optional.of(PlaceRef.named("Vladikavkaz")),
            Optional.of("17:05")))
        .creators(List.of(AgentRef.person("Stalin")))
        .recipients(List.of(AgentRef.person("LENIN"), AgentRef.organisation("TsEKA")))
        .summary("I. V. Stalin discusses Kuchuk Khan's past correspondence with the Shah of Iran, his replacement"
            + " in the Gilan province by Communist leader Ehsanullah, and the limited possibilities for"
            + " revolution in Iran.")
        .texts(List.of(
            new Text(TextKind.TRANSLATION, "en", List.of(AgentRef.person("Gary Goldberg")), body, marks),
            new Text(TextKind.TRANSCRIPTION, "ru", List.of(), "МОСКВА, только ЛЕНИНУ и ЦЕКА", List.of())))
        .sources(List.of(new ArchivalReference("RGASPI, f. 558, op. 11, d. 317, ll. 0001-0003",
            Optional.of("RGASPI"), ReferenceSystem.RUSSIAN,
            List.of(new ArchivalReference.Level("fond", "558"), new ArchivalReference.Level("opis", "11"),
                new ArchivalReference.Level("delo", "317"), new ArchivalReference.Level("listy", "1-3")))))
        .identifiers(List.of("N\u00ba 176/s"))
        .externalIds(List.of(new ExternalId("Wilson Center Digital Archive", "119312")))
        .classification("Top Secret")
        .languages(List.of("ru"))
        .rights(new Rights("The History and Public Policy Program welcomes reuse of Digital Archive materials"
            + " for research and educational purposes.", Optional.of("http://rightsstatements.org/vocab/InC-EDU/1.0/")))
        .funders(List.of("MacArthur Foundation", "Blavatnik Family Foundation"))
        .mentions(new Mentions(List.of(AgentRef.person("Kuchuk-Khan"), AgentRef.person("Ehsanullah")),
            List.of(AgentRef.organisation("Iranian Communist Party")),
            List.of(PlaceRef.named("Rasht"), PlaceRef.named("Tabriz"), PlaceRef.named("Persia"))))
        .subjects(List.of("Iran--History--1905-1925", "Communism"))
        .collections(List.of(CollectionRef.titled("Iran and the Soviet Union")))
        .attachments(List.of(new Attachment("telegram-page-1.jpg", "image/jpeg", 1_288_490, "a".repeat(128),
            AttachmentRole.SCAN, Optional.of("page 1 of the handwritten original"))))
        .related(List.of(new Relation(new DocumentId("2"), Optional.of("Lenin's earlier letter")),
            new Relation(new DocumentId("3"), Optional.of("the restricted memorandum"))))
        .provenance("Imported from the Wilson Center Digital Archive")
        .uploaded(Instant.parse("2011-11-16T10:00:00Z"))
        .modified(Instant.parse("2019-07-29T12:30:00Z"))
        .build();
  }

  /** The mark spanning the {@code nth} occurrence (from 0) of {@code written} in {@code body}. */
  static EditorialMark mark(String body, String written, int nth, MarkKind kind) {
    int at = -1;
    for (int i = 0; i <= nth; i++) {
      at = body.indexOf(written, at + 1);
    }
    if (at < 0) {
      throw new IllegalArgumentException("no " + written + " in the body");
    }
    return new EditorialMark(kind, at, at + written.length());
  }
}

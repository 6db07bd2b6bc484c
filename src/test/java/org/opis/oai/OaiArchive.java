package org.opis.oai;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opis.catalog.Catalog;
import org.opis.catalog.Change;
import org.opis.catalog.TestClock;
import org.opis.catalog.sql.SqlCatalog;
import org.opis.record.CollectionRef;
import org.opis.record.Document;
import org.opis.record.DocumentId;
import org.opis.record.SampleDocuments;
import org.opis.record.Visibility;
import org.opis.search.lucene.LuceneSearchIndex;
import org.opis.web.ReadingRoom;
import org.opis.web.ReadingRoomSettings;

/**
 * An archive for harvesting, with more than two pages of records: the sample telegram with every
 * field, {@value #CIRCULARS} circulars, a document with characters XML cannot hold, one
 * restricted and one still embargoed document (never shown), one whose embargo lifted on
 * {@link #LIFTED}, and two withdrawn (public once, then restricted or embargoed again). It is
 * served by a reading room on {@link #NOW}, by a clock tests can move.
 */
final class OaiArchive implements AutoCloseable {
  static final Instant SAVED = Instant.parse("2024-05-01T10:00:00Z");
  static final Instant WITHDRAWN = Instant.parse("2024-05-10T12:30:00Z");
  static final LocalDate LIFTED = LocalDate.of(2024, 5, 20);
  static final Instant NOW = Instant.parse("2024-06-01T09:00:00Z");
  static final int CIRCULARS = 240;
  /** The public records: the telegram, the circulars, the odd characters, the lifted embargo. */
  static final int PUBLIC = 1 + CIRCULARS + 1 + 1;
  static final List<String> WITHDRAWN_IDS = List.of("9001", "9002");
  static final List<String> HIDDEN_IDS = List.of("9003", "9004");
  static final String LIFTED_ID = "9005";
  static final String ODD_ID = "9006";
  static final String ODD_TITLE = "Note on <b>\"cordons\"</b> & customs\u0001\u0008 in Rasht \uD83D\uDCDC";
  static final String TELEGRAM_TITLE = "Telegram, Stalin to LENIN and the TsEKA [Central Committee]";

  final TestClock clock;
  final Catalog catalog;
  private final Path folder;
  private final List<ReadingRoom> rooms = new ArrayList<>();

  private OaiArchive(Path folder, TestClock clock) {
    this.folder = folder;
    this.clock = clock;
    this.catalog = SqlCatalog.sqlite(folder.resolve("catalog.db"), clock);
  }

  private void fill() {
    catalog.write(Change.by("test", "the harvest test archive"), w -> {
      w.save(telegram());
      for (int i = 1; i <= CIRCULARS; i++) {
        w.save(Document.titled("Circular No. " + i + " on grain requisitions").id(new DocumentId(Integer.toString(100 + i)))
            .type(i % 2 == 0 ? "circular" : "record of conversation")
            .collections(i % 3 == 0 ? List.of(CollectionRef.titled("Grain requisitions")) : List.of())
            .summary("Grain requisitions in the provinces, circular " + i + ".").build());
      }
      w.save(Document.titled("Report later withdrawn").id(new DocumentId("9001")).type("report").build());
      w.save(Document.titled("Letter later embargoed again").id(new DocumentId("9002")).type("letter").build());
      w.save(Document.titled("Restricted memorandum on Gilan").id(new DocumentId("9003")).type("memorandum")
          .visibility(Visibility.RESTRICTED).build());
      w.save(Document.titled("Embargoed report on Tabriz").id(new DocumentId("9004")).type("report")
          .visibility(Visibility.embargoedUntil(LocalDate.of(2030, 1, 1))).build());
      w.save(Document.titled("Minutes whose embargo lifted").id(new DocumentId(LIFTED_ID)).type("minutes")
          .visibility(Visibility.embargoedUntil(LIFTED)).build());
      w.save(Document.titled(ODD_TITLE).id(new DocumentId(ODD_ID)).summary("A summary with ]]> and \u000B in it.").build());
      return null;
    });
    clock.advance(Duration.between(SAVED, WITHDRAWN));
    catalog.write(Change.by("test", "withdrawals"), w -> {
      w.save(stored("9001").toBuilder().visibility(Visibility.RESTRICTED).build());
      w.save(stored("9002").toBuilder().visibility(Visibility.embargoedUntil(LocalDate.of(2031, 1, 1))).build());
      return null;
    });
    clock.advance(Duration.between(WITHDRAWN, NOW));
  }

  /** A new archive in {@code folder}, filled with its documents, on {@link #NOW}. */
  static OaiArchive open(Path folder) {
    OaiArchive archive = new OaiArchive(folder, new TestClock(SAVED));
    archive.fill();
    return archive;
  }

  /**
   * Stops every reading room and closes the catalog, then opens the same catalog file again, as
   * a server started anew would, with the same clock.
   */
  OaiArchive restarted() {
    close();
    return new OaiArchive(folder, clock);
  }

  private Document stored(String id) {
    return catalog.document(new DocumentId(id), org.opis.catalog.Viewer.editorOn(clock.today())).orElseThrow();
  }

  /** A new reading room over the archive, as a server started again would be; stopped with the archive. */
  ReadingRoom serve() {
    ReadingRoom room = ReadingRoom.start(ReadingRoomSettings.defaults(), catalog,
        LuceneSearchIndex.open(folder.resolve("index-" + System.nanoTime())), clock);
    rooms.add(room);
    return room;
  }

  @Override
  public void close() {
    rooms.forEach(ReadingRoom::stop);
    rooms.clear();
    catalog.close();
  }

  /** The sample telegram, every field filled, as document 1. */
  static Document telegram() {
    // related to a public circular and to the restricted memorandum, which harvesters never learn of
    return SampleDocuments.telegram().toBuilder().id(new DocumentId("1"))
        .related(List.of(new org.opis.record.Relation(new DocumentId("101"), java.util.Optional.of("the first circular")),
            new org.opis.record.Relation(new DocumentId("9003"), java.util.Optional.empty())))
        .build();
  }

}

package org.opis.catalog;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.List;
import org.opis.date.Calendar;
import org.opis.date.DocumentDate;
import org.opis.date.Edtf;
import org.opis.problem.Location;
import org.opis.record.Document;
import org.opis.record.DocumentId;

/** What every part of the catalog contract works with: a fresh catalog, its clock and outbox. */
public interface CatalogFixture {
  Change IMPORT = Change.by("import", "telegrams.json");

  Catalog catalog();

  TestClock clock();

  /** The outbox, each entry as "kind id revision" ("document 1 2"), oldest first. */
  List<String> outbox();

  /** Closes the catalog and opens the same storage again. */
  void reopen();

  default Saved save(Document d) {
    return catalog().write(IMPORT, w -> w.save(d));
  }

  default Viewer editor() {
    return Viewer.editorOn(clock().today());
  }

  default Viewer reader() {
    return Viewer.publicOn(clock().today());
  }

  default Document stored(String id) {
    return catalog().document(new DocumentId(id), editor()).orElseThrow();
  }

  static DocumentId id(String value) {
    return new DocumentId(value);
  }

  static DocumentDate day(int year, int month, int day) {
    LocalDate d = LocalDate.of(year, month, day);
    return new DocumentDate(d.toString(), d.toString(), d, d, Calendar.GREGORIAN, false);
  }

  static DocumentDate years(int from, int to) {
    return new DocumentDate(from + "-" + to, from + "/" + to, LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31),
        Calendar.GREGORIAN, false);
  }

  /**
   * Skips a test that reads back a dated document until {@code Edtf.read}, which the canonical
   * JSON reader needs for stored dates, is written.
   */
  static void assumeStoredDatesCanBeRead() {
    boolean written;
    try {
      Edtf.read("1920-11-16", "16 November 1920", Location.NOWHERE);
      written = true;
    } catch (UnsupportedOperationException e) {
      written = false;
    }
    assumeTrue(written, "Edtf.read is not written yet, so stored dates cannot be read back");
  }
}

package org.opis.catalog.sql;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.opis.date.DocumentDate;
import org.opis.record.Document;
import org.opis.record.DocumentId;

/**
 * The columns of the {@code document} table that lists, filters and orders read, copied from a
 * stored document. Days are counted from 1970-01-01 and moments in microseconds, so they sort
 * as numbers in every engine.
 */
record DocumentRow(
    String id,
    String orderKey,
    String fingerprint,
    String title,
    String type,
    Long earliestDay,
    Long latestDay,
    Integer decade,
    String access,
    Long embargoUntil,
    long uploaded,
    long modified) {

  /** The row of a document that has its identifier and both stamps, and this fingerprint. */
  static DocumentRow of(Document d, String fingerprint) {
    DocumentDate date = d.date().orElse(null);
    return new DocumentRow(
        d.requireId().value(),
        orderKey(d.requireId()),
        fingerprint,
        d.title(),
        d.type().orElse(null),
        date == null ? null : date.earliest().toEpochDay(),
        date == null ? null : date.latest().toEpochDay(),
        date == null ? null : Math.floorDiv(date.year(), 10) * 10,
        d.visibility().access().term(),
        d.visibility().until().map(LocalDate::toEpochDay).orElse(null),
        micros(d.uploaded().orElseThrow()),
        micros(d.modified().orElseThrow()));
  }

  /**
   * A key that sorts identifiers as {@link DocumentId#compareTo} does, compared character by
   * character: numbers first, by length and then digits ("2" before "10"), then the others.
   */
  static String orderKey(DocumentId id) {
    String v = id.value();
    return v.chars().allMatch(Character::isDigit)
        ? String.format(Locale.ROOT, "0%02d%s", v.length(), v)
        : "1" + v;
  }

  static long micros(Instant t) {
    return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
  }
}

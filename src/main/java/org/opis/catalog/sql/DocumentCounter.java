package org.opis.catalog.sql;

import java.math.BigInteger;
import org.jdbi.v3.core.Handle;
import org.opis.record.DocumentId;

/**
 * The number last given to a new document, read once per transaction and written back at its
 * end. It only grows, so no number is given to two documents: a document imported as "5000"
 * moves it past 5000, and the next new document is "5001".
 */
final class DocumentCounter {
  private static final BigInteger LARGEST = BigInteger.valueOf(Long.MAX_VALUE);
  private final Handle h;
  private long value = -1;
  private boolean changed;

  DocumentCounter(Handle h) {
    this.h = h;
  }

  /** A new identifier: the next number. */
  DocumentId next() {
    load();
    value++;
    changed = true;
    return new DocumentId(Long.toString(value));
  }

  /** Moves the counter past a numeric identifier given from outside. */
  void passBeyond(DocumentId id) {
    String v = id.value();
    if (!v.chars().allMatch(Character::isDigit)) {
      return;
    }
    BigInteger n = new BigInteger(v);
    // a number beyond a long is never reached by counting, so it cannot collide
    if (n.compareTo(LARGEST) < 0) {
      load();
      if (n.longValue() > value) {
        value = n.longValue();
        changed = true;
      }
    }
  }

  void flush() {
    if (changed) {
      h.createUpdate("UPDATE counter SET value = :value WHERE name = 'document'").bind("value", value).execute();
      changed = false;
    }
  }

  private void load() {
    if (value < 0) {
      value = h.createQuery("SELECT value FROM counter WHERE name = 'document'").mapTo(Long.class).one();
    }
  }
}

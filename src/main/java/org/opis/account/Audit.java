package org.opis.account;

import java.util.List;

/** The audit log, for administrators: kept apart from the records' own revisions, never changed. */
public interface Audit {
  /** Adds a line. */
  void record(AuditEntry entry);

  /** The newest lines first, {@code limit} of them, skipping the {@code offset} newest. */
  List<AuditEntry> recent(int offset, int limit);

  /** How many lines there are. */
  long size();

  /** A log that keeps nothing, for a reading room without accounts. */
  Audit NONE = new Audit() {
    @Override
    public void record(AuditEntry entry) {}

    @Override
    public List<AuditEntry> recent(int offset, int limit) {
      return List.of();
    }

    @Override
    public long size() {
      return 0;
    }
  };
}

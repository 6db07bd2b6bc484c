-- Documents withdrawn from the archive, and why: a withdrawn document is kept restricted (so
-- no public surface shows it), and its permalink answers with a tombstone saying when and why,
-- as archives do, instead of a bare "not found". Published again, its row goes.
CREATE TABLE withdrawal (
  document_id  TEXT PRIMARY KEY REFERENCES document (id),
  withdrawn_at TEXT NOT NULL,            -- ISO-8601 instant
  author       TEXT NOT NULL,
  reason       TEXT NOT NULL
);

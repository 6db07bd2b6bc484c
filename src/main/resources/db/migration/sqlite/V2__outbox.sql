-- Every change, in the order it was made, for derived stores (the search index) to catch up
-- from. AUTOINCREMENT so that a position is never given twice, even after old rows are removed.
CREATE TABLE outbox (
  position    INTEGER PRIMARY KEY AUTOINCREMENT,
  record_kind TEXT NOT NULL,             -- document, agent or place
  record_id   TEXT NOT NULL,
  revision    INTEGER NOT NULL
);

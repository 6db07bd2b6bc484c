-- Every change, in the order it was made, for derived stores (the search index) to catch up
-- from. Writers hold an advisory lock for their whole transaction, so positions are committed
-- in the order they are given and a reader that remembers the last position misses nothing.
CREATE TABLE outbox (
  position    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  record_kind TEXT NOT NULL,             -- document, agent or place
  record_id   TEXT NOT NULL,
  revision    INTEGER NOT NULL
);

-- Identifiers sort character by character, as in Java and in SQLite, not by the database's
-- language rules (which ignore hyphens and put "b" beside "B").
ALTER TABLE document ALTER COLUMN order_key TYPE TEXT COLLATE "C";
ALTER TABLE agent ALTER COLUMN id TYPE TEXT COLLATE "C";
ALTER TABLE place ALTER COLUMN id TYPE TEXT COLLATE "C";
ALTER TABLE collection ALTER COLUMN id TYPE TEXT COLLATE "C";

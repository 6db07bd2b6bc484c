-- Authority records merged into another, found to be the same person, organisation or place:
-- the merged-away identifier keeps answering, by pointing at the record that took it in.
CREATE TABLE authority_merge (
  from_id   TEXT PRIMARY KEY,
  into_id   TEXT NOT NULL,
  merged_at TEXT NOT NULL                -- ISO-8601 instant
);

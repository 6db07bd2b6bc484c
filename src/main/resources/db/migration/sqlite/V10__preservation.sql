-- How far the record versions in the OCFL store have come: the outbox position of the last
-- change whose revision the preserver has kept there. Kept in the catalog's database, so a
-- backup of the catalog carries it, and a preserver killed at any moment resumes after it.
CREATE TABLE preservation (
  name     TEXT PRIMARY KEY,             -- 'records'
  position BIGINT NOT NULL
);
INSERT INTO preservation (name, position) VALUES ('records', 0);

-- Every fixity check that ran (opis fixity, the server's schedule, an administrator's "check now").
CREATE TABLE fixity_run (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  started_at  TEXT NOT NULL,             -- ISO 8601 instant
  finished_at TEXT NOT NULL,
  actor       TEXT NOT NULL,             -- "opis fixity", "schedule", or the administrator's account
  files       BIGINT NOT NULL,           -- originals read again
  records     BIGINT NOT NULL,           -- record versions read again
  pending     BIGINT NOT NULL,           -- record versions the preserver had yet to keep
  problems    BIGINT NOT NULL
);

-- What each run found wrong, one row a file or record.
CREATE TABLE fixity_problem (
  run_id      BIGINT NOT NULL REFERENCES fixity_run (id),
  record_kind TEXT NOT NULL,             -- document, agent or place
  record_id   TEXT NOT NULL,
  subject     TEXT NOT NULL,             -- the original's name, or record.json
  condition   TEXT NOT NULL,             -- changed, missing, unexpected, differs
  detail      TEXT NOT NULL
);
CREATE INDEX fixity_problem_record ON fixity_problem (run_id, record_kind, record_id);

-- What administrators read of who did what: every sign-in (and failed one), every change to an
-- account or its rights, every publication, restriction, embargo, withdrawal and merge.
CREATE TABLE audit (
  id      BIGSERIAL PRIMARY KEY,
  at      TEXT NOT NULL,                 -- ISO-8601 instant
  actor   TEXT NOT NULL,                 -- an account, "opis user" on the command line, or a name typed at sign-in
  action  TEXT NOT NULL,
  subject TEXT NOT NULL,                 -- the account, document or record acted on
  detail  TEXT,
  address TEXT                           -- where a web request came from
);

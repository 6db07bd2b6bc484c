-- The catalog, the same on SQLite and PostgreSQL. Every record is kept whole as canonical JSON;
-- the other columns are copies of what lists, filters and name matching need to find it.

-- The last number given to a new document; it only ever grows, so no number is given twice.
CREATE TABLE counter (
  name  TEXT PRIMARY KEY,
  value BIGINT NOT NULL
);
INSERT INTO counter (name, value) VALUES ('document', 0);

CREATE TABLE document (
  id            TEXT PRIMARY KEY,
  order_key     TEXT NOT NULL UNIQUE,    -- sorts numeric identifiers by number, before the others
  revision      INTEGER NOT NULL,        -- the current revision's number
  fingerprint   TEXT NOT NULL,
  title         TEXT NOT NULL,
  type          TEXT,
  earliest_day  BIGINT,                  -- days since 1970-01-01 of the date's earliest day; null when undated
  latest_day    BIGINT,
  decade        INTEGER,                 -- 1920 for the 1920s, from the earliest day
  access        TEXT NOT NULL,           -- public, restricted or embargoed
  embargo_until BIGINT,                  -- days since 1970-01-01 of the first public day of an embargo
  uploaded      BIGINT NOT NULL,         -- microseconds since 1970, for "recently added"
  modified      BIGINT NOT NULL,
  json          TEXT NOT NULL
);
CREATE INDEX document_fingerprint ON document (fingerprint);
CREATE INDEX document_earliest ON document (earliest_day);
CREATE INDEX document_latest ON document (latest_day);
CREATE INDEX document_type ON document (type);
CREATE INDEX document_uploaded ON document (uploaded);

CREATE TABLE collection (
  id        TEXT PRIMARY KEY,
  title     TEXT NOT NULL,
  title_key TEXT NOT NULL                -- lower case, single spaces: how titles are matched
);
CREATE INDEX collection_title_key ON collection (title_key);

CREATE TABLE document_collection (
  document_id   TEXT NOT NULL REFERENCES document (id),
  collection_id TEXT NOT NULL REFERENCES collection (id),
  PRIMARY KEY (document_id, collection_id)
);
CREATE INDEX document_collection_collection ON document_collection (collection_id);

-- People and organisations.
CREATE TABLE agent (
  id       TEXT PRIMARY KEY,
  kind     TEXT NOT NULL,                -- person or organisation
  revision INTEGER NOT NULL,
  json     TEXT NOT NULL
);

-- Every name of an agent by its NameKey, and for people the key of the surname, to find the
-- candidates a name written in a document may match.
CREATE TABLE agent_name (
  agent_id    TEXT NOT NULL REFERENCES agent (id),
  name_key    TEXT NOT NULL,
  surname_key TEXT
);
CREATE INDEX agent_name_agent ON agent_name (agent_id);
CREATE INDEX agent_name_key ON agent_name (name_key);
CREATE INDEX agent_name_surname ON agent_name (surname_key);

CREATE TABLE place (
  id       TEXT PRIMARY KEY,
  revision INTEGER NOT NULL,
  json     TEXT NOT NULL
);

CREATE TABLE place_name (
  place_id TEXT NOT NULL REFERENCES place (id),
  name_key TEXT NOT NULL
);
CREATE INDEX place_name_place ON place_name (place_id);
CREATE INDEX place_name_key ON place_name (name_key);

-- Every version of every document and authority record, as it was saved.
CREATE TABLE revision (
  record_kind TEXT NOT NULL,             -- document, agent or place
  record_id   TEXT NOT NULL,
  number      INTEGER NOT NULL,          -- from 1
  saved_at    TEXT NOT NULL,             -- ISO 8601 instant
  author      TEXT NOT NULL,
  comment     TEXT,
  json        TEXT NOT NULL,
  PRIMARY KEY (record_kind, record_id, number)
);

-- Who may sign in (org.opis.account). Passwords are kept as Argon2id hashes in the PHC format;
-- sessions and API tokens by the SHA-256 of their secrets, never the secrets themselves.
-- Times are milliseconds since 1970 (UTC).
CREATE TABLE account (
  name          TEXT PRIMARY KEY,        -- what the person signs in with, in lower case
  display_name  TEXT NOT NULL,
  role          TEXT NOT NULL CHECK (role IN ('reader', 'editor', 'administrator')),
  password_hash TEXT NOT NULL,
  disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
  created_at    BIGINT NOT NULL
);

CREATE TABLE account_session (
  secret_hash TEXT PRIMARY KEY,
  account     TEXT NOT NULL REFERENCES account (name),
  form_token  TEXT NOT NULL,             -- what the session's forms must send back (CSRF)
  expires_at  BIGINT NOT NULL
);
CREATE INDEX account_session_account ON account_session (account);

CREATE TABLE api_token (
  secret_hash TEXT PRIMARY KEY,
  id          TEXT NOT NULL,             -- the first characters of the secret, to list and revoke by
  account     TEXT NOT NULL REFERENCES account (name),
  label       TEXT NOT NULL,
  scope       TEXT NOT NULL CHECK (scope IN ('read', 'write')),
  created_at  BIGINT NOT NULL,
  revoked_at  BIGINT
);
CREATE INDEX api_token_account ON api_token (account);

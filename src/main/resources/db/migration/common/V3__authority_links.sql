-- Which authority records each document's current version names (as creator, recipient,
-- translator, mention or place of writing), so that when a record gains a spelling the search
-- index can find every document to index again. Kept by every save, in its transaction; filled
-- for documents saved before this table existed by the Java migration 3.1 (LinkStoredDocuments),
-- which reads their names from the stored JSON as a save would.
CREATE TABLE document_authority (
  document_id  TEXT NOT NULL REFERENCES document (id),
  authority_id TEXT NOT NULL,            -- an agent's or a place's identifier
  PRIMARY KEY (document_id, authority_id)
);
CREATE INDEX document_authority_authority ON document_authority (authority_id);
